import type { ImportRow, ReadRow } from '../../core/imports/to-import-row'
import type { ImportReportLine, ImportsPort } from '../imports-port'

export interface ImportProgress {
  phase: 'staging' | 'publishing' | 'undoing'
  done: number
  total: number
}

/**
 * Rows per staging call: well inside the database's batch limit (asset_import_batch_rows) and
 * about a second of checks, so no call nears the API's statement timeout.
 */
export const STAGE_BATCH_ROWS = 1000

/**
 * Stages an import's rows through `stage_asset_import_rows`, in batches, and returns the report
 * for every row: the rows the file could not give (never sent) and the database's answer for the
 * others. Safe to run again with the same id: a row already staged gets its first answer.
 */
export async function stageAssetImport(
  imports: ImportsPort,
  importId: string,
  fileName: string,
  rows: readonly ReadRow[],
  onProgress: (progress: ImportProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<ImportReportLine[]> {
  const report = new Map<number, ImportReportLine>()
  const sendable: ImportRow[] = []
  for (const read of rows) {
    if (read.ok) sendable.push(read.row)
    else report.set(read.row, { row: read.row, status: 'refused', reason: read.reason })
  }
  for (let start = 0; start < sendable.length; start += STAGE_BATCH_ROWS) {
    signal?.throwIfAborted()
    const batch = sendable.slice(start, start + STAGE_BATCH_ROWS)
    for (const answer of await imports.stageRows(importId, fileName, batch)) {
      report.set(answer.row, answer)
    }
    onProgress({ phase: 'staging', done: start + batch.length, total: sendable.length })
  }
  // Stopped during the last call: its answer is not wanted either.
  signal?.throwIfAborted()
  return [...report.values()].sort((a, b) => a.row - b.row)
}

/** Publishes a staged import, batch by batch (`publish_asset_import`), until it is live. */
export async function publishAssetImport(
  imports: ImportsPort,
  importId: string,
  options: { skipRefused: boolean; total: number },
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<number> {
  let published = 0
  for (;;) {
    const answer = await imports.publish(importId, options.skipRefused)
    published += answer.done
    onProgress({ phase: 'publishing', done: published, total: options.total })
    if (answer.remaining === 0) return published
    // Each call publishes or refuses every row of its batch; none doing so would loop for ever.
    if (answer.done === 0) throw new Error('The import stopped making progress.')
  }
}

/** Undoes an import: discards it while staged, archives its assets once published. */
export async function undoAssetImport(
  imports: ImportsPort,
  importId: string,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<number> {
  let archived = 0
  for (;;) {
    const answer = await imports.undo(importId)
    archived += answer.done
    onProgress({ phase: 'undoing', done: archived, total: archived + answer.remaining })
    if (answer.remaining === 0) return archived
  }
}
