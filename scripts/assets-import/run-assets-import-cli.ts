import { randomUUID } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import {
  guessColumnMapping,
  IMPORT_FIELDS,
  mappingProblems,
  type ColumnMapping,
} from '../../src/core/imports/column-mapping'
import type { SourceTable } from '../../src/core/imports/read-delimited-table'
import { readImportFile } from '../../src/core/imports/read-import-file'
import { importFileSizeProblem } from '../../src/core/imports/read-source-table'
import { toImportRow } from '../../src/core/imports/to-import-row'
import { toSpreadsheetCsv } from '../../src/core/export/to-spreadsheet-csv'
import {
  publishAssetImport,
  stageAssetImport,
  undoAssetImport,
} from '../../src/db/imports/asset-import-batches'
import { sqlImportsPort } from '../../src/db/pglite/sql-imports-port'
import type { ImportReportLine } from '../../src/db/imports-port'
import { actingQuery, runAsPerson } from '../lib/acting-database'
import { ASSETS_IMPORT_USAGE, parseAssetsImportArgs } from './parse-assets-import-args'

export interface AssetsImportCliContext {
  /** Where relative paths start: npm's INIT_CWD, else the process's working folder. */
  cwd: string
  /** DATABASE_URL, if set. */
  databaseUrl: string | null
  stdout: (text: string) => void
  stderr: (text: string) => void
}

class DryRunDone extends Error {}

/**
 * `npm run assets:import`: reads a file of assets, maps its columns, stages every row through
 * `stage_asset_import_rows` as the person named by --as (checked by a typed asset's rules), and
 * publishes them unless a row was refused (or --skip-refused) or it is a dry run.
 *
 * @returns the exit code: 0 every row imported, 1 a row refused or cannot run, 2 bad command line
 */
export async function runAssetsImportCli(
  argv: readonly string[],
  context: AssetsImportCliContext,
): Promise<number> {
  const say = (line: string): void => context.stderr(`assets:import: ${line}\n`)
  const parsed = parseAssetsImportArgs(argv)
  if (!parsed.ok) {
    say(`${parsed.message} (see --help)`)
    return 2
  }
  const { args } = parsed
  if (args.help) {
    context.stdout(`${ASSETS_IMPORT_USAGE}\n`)
    return 0
  }
  const path = resolve(context.cwd, args.file)
  let table: SourceTable
  try {
    // The size first, so that a file too big to import is never read into memory.
    const tooBig = importFileSizeProblem(statSync(path).size)
    if (tooBig) throw new Error(tooBig)
    table = await readImportFile(path, readFileSync(path))
  } catch (error) {
    say(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  let mapping: ColumnMapping
  try {
    mapping = args.mapping
      ? readMapping(resolve(context.cwd, args.mapping))
      : guessColumnMapping(table.headers)
  } catch (error) {
    say(error instanceof Error ? error.message : String(error))
    return 2
  }
  const problems = mappingProblems(mapping, table.headers)
  if (problems.length > 0) {
    say(`${problems.join(' ')} The file's columns: ${table.headers.join(', ')} (see --help)`)
    return 2
  }
  const rows = table.rows.map((cells, index) =>
    toImportRow(cells, table.headers, mapping, index + 1),
  )
  const where = { ...context, dataDir: args.dataDir, email: args.as }
  return runAsPerson(where, say, async (client, actor) => {
    const importId = randomUUID()
    const fileName = basename(path)
    let report: ImportReportLine[] = []
    let outcome: string
    if (args.dryRun) {
      // Every check runs as for real, in one transaction that is then rolled back.
      await client
        .transaction(async (tx) => {
          report = await stageAssetImport(
            sqlImportsPort(actingQuery(tx, actor)),
            importId,
            fileName,
            rows,
          )
          throw new DryRunDone()
        })
        .catch((error: unknown) => {
          if (!(error instanceof DryRunDone)) throw error
        })
      outcome = 'nothing written (dry run)'
    } else {
      // The app's own calls (the ImportsPort), each statement acting as the person.
      const imports = sqlImportsPort(actingQuery(client, actor))
      report = await stageAssetImport(imports, importId, fileName, rows, (p) =>
        say(`checked ${p.done} of ${p.total} rows`),
      )
      const refused = report.filter((line) => line.status === 'refused').length
      if (refused > 0 && !args.skipRefused) {
        await undoAssetImport(imports, importId)
        outcome = 'nothing written'
      } else {
        const published = await publishAssetImport(
          imports,
          importId,
          { skipRefused: args.skipRefused, total: report.length - refused },
          (p) => say(`published ${p.done} of ${p.total} rows`),
        )
        outcome = `${published} assets written (import ${importId}, undo it in the app)`
      }
    }
    const nameColumn = table.headers.indexOf(mapping.name!)
    context.stdout(
      `${toSpreadsheetCsv(
        ['row', 'status', 'reason', 'name'],
        report.map((line) => ({ ...line, name: table.rows[line.row - 1]?.[nameColumn] ?? '' })),
      )}\r\n`,
    )
    const refused = report.filter((line) => line.status === 'refused').length
    const warned = report.filter((line) => line.status === 'warning').length
    say(`${report.length} rows, ${refused} refused, ${warned} with a warning: ${outcome}`)
    return refused > 0 ? 1 : 0
  })
}

function readMapping(path: string): ColumnMapping {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(
      `Cannot read the mapping ${path} as JSON: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('The mapping must be a JSON object: {"name": "<column>", …}')
  }
  const mapping: ColumnMapping = {}
  for (const [field, header] of Object.entries(json)) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(field) || typeof header !== 'string') {
      throw new Error(
        `The mapping's "${field}" is not a field: use ${IMPORT_FIELDS.join(', ')}, each naming a column.`,
      )
    }
    mapping[field as keyof ColumnMapping] = header
  }
  return mapping
}
