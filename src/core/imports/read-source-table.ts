import { decodeText } from './decode-text'
import { readDelimitedTable, type SourceTable } from './read-delimited-table'
import { readGeoJsonTable } from './read-geojson-table'

/** The kinds of file an import reads, by the name's ending. */
export const IMPORTABLE_FILE_TYPES = ['.csv', '.tsv', '.txt', '.geojson', '.json'] as const

/** A file of assets as a table, by its name's ending; an unknown ending is refused in words. */
export function readSourceTable(fileName: string, bytes: Uint8Array): SourceTable {
  const name = fileName.toLowerCase()
  if (name.endsWith('.geojson') || name.endsWith('.json')) {
    return readGeoJsonTable(decodeText(bytes).text)
  }
  if (['.csv', '.tsv', '.txt'].some((ending) => name.endsWith(ending))) {
    return readDelimitedTable(bytes)
  }
  throw new Error(`Cannot read "${fileName}": import a ${IMPORTABLE_FILE_TYPES.join(', ')} file.`)
}
