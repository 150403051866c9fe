import { decodeText } from './decode-text'
import { readDelimitedTable, type SourceTable } from './read-delimited-table'
import { readGeoJsonTable } from './read-geojson-table'

/**
 * The largest file an import reads: 200,000 rows (the database's limit for one import) of a
 * wordy spreadsheet are about 60 MB, and a browser tab holds the file and its table at once.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024

/** Why a file of this many bytes cannot be imported, or null: checked before it is read. */
export function importFileSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty.'
  if (bytes <= MAX_IMPORT_BYTES) return null
  const megabytes = (value: number) => `${Math.round(value / (1024 * 1024))} MB`
  return `The file is ${megabytes(bytes)}: import at most ${megabytes(MAX_IMPORT_BYTES)} at a time (split it into several files).`
}

/** A file of assets as a table, by its name's ending; an unknown ending is refused in words. */
export function readSourceTable(fileName: string, bytes: Uint8Array): SourceTable {
  const tooBig = importFileSizeProblem(bytes.byteLength)
  if (tooBig) throw new Error(tooBig)
  const name = fileName.toLowerCase()
  if (name.endsWith('.geojson') || name.endsWith('.json')) {
    return readGeoJsonTable(decodeText(bytes).text)
  }
  if (['.csv', '.tsv', '.txt'].some((ending) => name.endsWith(ending))) {
    return readDelimitedTable(bytes)
  }
  throw new Error(`Cannot read "${fileName}" as delimited text or GeoJSON.`)
}
