import { readSheet } from 'read-excel-file/universal'
import { parseZip } from 'shpjs'
import type { FeatureCollection } from 'geojson'
import type { SourceTable } from './read-delimited-table'
import { geoJsonToTable } from './read-geojson-table'
import { importFileSizeProblem, readSourceTable } from './read-source-table'

/** Every kind of file an import reads, by the name's ending (for a file picker's `accept`). */
export const IMPORT_FILE_ENDINGS = ['.csv', '.tsv', '.txt', '.xlsx', '.geojson', '.json', '.zip']

/**
 * A file of assets as a table, whatever its kind: a spreadsheet (.xlsx, its first sheet, the
 * first row the header, read by read-excel-file), a zipped Shapefile (.zip with .shp, .dbf and
 * .prj, read by shpjs and brought to longitude and latitude by proj4 from its .prj), or the
 * delimited and GeoJSON files readSourceTable reads.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<SourceTable> {
  const tooBig = importFileSizeProblem(bytes.byteLength)
  if (tooBig) throw new Error(tooBig)
  const name = fileName.toLowerCase()
  if (name.endsWith('.xlsx')) return readSpreadsheet(bytes)
  if (name.endsWith('.zip')) return readZippedShapefile(bytes)
  if (!IMPORT_FILE_ENDINGS.some((ending) => name.endsWith(ending))) {
    throw new Error(`Cannot read "${fileName}": import a ${IMPORT_FILE_ENDINGS.join(', ')} file.`)
  }
  return readSourceTable(fileName, bytes)
}

async function readSpreadsheet(bytes: Uint8Array): Promise<SourceTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const sheet = await readSheet(buffer as ArrayBuffer)
  const text = (cell: unknown) =>
    cell === null || cell === undefined
      ? ''
      : cell instanceof Date
        ? cell.toISOString().slice(0, 10)
        : String(cell).trim()
  const [header = [], ...body] = sheet
  const headers = header.map(text)
  const rows = body
    .map((cells) => headers.map((_, index) => text(cells[index])))
    .filter((cells) => cells.some((cell) => cell !== ''))
  return { headers, rows, encoding: 'xlsx', delimiter: '' }
}

async function readZippedShapefile(bytes: Uint8Array): Promise<SourceTable> {
  let layers: FeatureCollection | FeatureCollection[]
  try {
    layers = (await parseZip(bytes)) as FeatureCollection | FeatureCollection[]
  } catch (error) {
    throw new Error(
      `The zip holds no Shapefile that can be read (a .shp with its .dbf and .prj): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
  const [first, ...others] = Array.isArray(layers) ? layers : [layers]
  if (others.length > 0) {
    throw new Error('The zip holds several Shapefiles: import one layer per file.')
  }
  return geoJsonToTable(first!)
}
