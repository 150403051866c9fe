import type { Caller } from '../call'
import { publishAssetImport, stageAssetImportRows, undoAssetImport } from '../calls'
import { DataError } from '../data-error'
import type { ImportBatchAnswer, ImportsPort } from '../imports-port'
import { toAssetImport } from '../rows/asset-import-rows'
import type { ViewReader } from '../view-reader'

function only(answers: readonly ImportBatchAnswer[]): ImportBatchAnswer {
  const [answer] = answers
  if (answer === undefined) throw new DataError('The database did not answer for the import.')
  return answer
}

/** Asset imports' SQL functions and table, the same in both adapters and the command line. */
export function rpcImportsPort(call: Caller, read: ViewReader): ImportsPort {
  return {
    stageRows: (importId, fileName, rows) =>
      call(stageAssetImportRows, { p_import_id: importId, p_file_name: fileName, p_rows: rows }),
    publish: async (importId, skipRefused) =>
      only(await call(publishAssetImport, { p_import_id: importId, p_skip_refused: skipRefused })),
    undo: async (importId) => only(await call(undoAssetImport, { p_import_id: importId })),
    listImports: async () =>
      (
        await read({
          view: 'asset_imports',
          order: [{ column: 'created_at', descending: true }, { column: 'import_id' }],
        })
      ).map(toAssetImport),
  }
}
