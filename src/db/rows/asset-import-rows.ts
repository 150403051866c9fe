import { z } from 'zod'
import type { AssetImport, ImportBatchAnswer, ImportReportLine } from '../imports-port'
import { timestamp } from './timestamp'

const importStatus = z.enum(['staging', 'publishing', 'live', 'undone', 'discarded'])

/** A row of `stage_asset_import_rows`: the database's answer for one row of the file. */
export function toStagedRowAnswer(row: unknown): ImportReportLine {
  const value = z
    .object({
      row_number: z.number().int(),
      status: z.enum(['ok', 'warning', 'refused']),
      reason: z.string().nullable(),
    })
    .parse(row)
  return { row: value.row_number, status: value.status, reason: value.reason ?? '' }
}

/** The row `publish_asset_import` answers with. */
export function toPublishAnswer(row: unknown): ImportBatchAnswer {
  const value = z
    .object({ published: z.number().int(), remaining: z.number().int(), status: importStatus })
    .parse(row)
  return { done: value.published, remaining: value.remaining, status: value.status }
}

/** The row `undo_asset_import` answers with. */
export function toUndoAnswer(row: unknown): ImportBatchAnswer {
  const value = z
    .object({ archived: z.number().int(), remaining: z.number().int(), status: importStatus })
    .parse(row)
  return { done: value.archived, remaining: value.remaining, status: value.status }
}

/** A row of `asset_imports`. */
export function toAssetImport(row: unknown): AssetImport {
  const value = z
    .object({
      import_id: z.string(),
      file_name: z.string(),
      status: importStatus,
      created_at: timestamp,
      published_at: timestamp.nullable(),
      undone_at: timestamp.nullable(),
    })
    .parse(row)
  return {
    id: value.import_id,
    fileName: value.file_name,
    status: value.status,
    createdAt: value.created_at,
    publishedAt: value.published_at,
    undoneAt: value.undone_at,
  }
}
