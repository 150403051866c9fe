import type { ImportRow } from '../core/imports/to-import-row'

export type ImportStatus = 'ok' | 'warning' | 'refused'

/** One line of an import's report: a row of the file (1 = the first after the header). */
export interface ImportReportLine {
  row: number
  status: ImportStatus
  reason: string
}

/** Where an import stands (`asset_import_status`). */
export type AssetImportStatus = 'staging' | 'publishing' | 'live' | 'undone' | 'discarded'

/** One of the person's own imports (`asset_imports`). */
export interface AssetImport {
  id: string
  fileName: string
  status: AssetImportStatus
  createdAt: string
  publishedAt: string | null
  undoneAt: string | null
}

/** What one publishing or undoing call did, and what is left for the next. */
export interface ImportBatchAnswer {
  /** Rows published, or assets archived, by this call. */
  done: number
  remaining: number
  status: AssetImportStatus
}

/**
 * Asset imports (docs/imports.md), one call each, the same for the app and the command line:
 * the batching around them is in src/db/imports/asset-import-batches.ts.
 */
export interface ImportsPort {
  /** Stages a batch of rows (the first call opens the import); the database's answer per row. */
  stageRows(
    importId: string,
    fileName: string,
    rows: readonly ImportRow[],
  ): Promise<ImportReportLine[]>
  /** Publishes the next batch of a staged import. */
  publish(importId: string, skipRefused: boolean): Promise<ImportBatchAnswer>
  /** Discards a staged import, or archives the next batch of a published one's assets. */
  undo(importId: string): Promise<ImportBatchAnswer>
  /** The person's own imports, newest first. */
  listImports(): Promise<AssetImport[]>
}
