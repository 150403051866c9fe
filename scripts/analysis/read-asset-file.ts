import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { parseCsvRecords } from '../../src/core/analysis/parse-csv-records'
import type { AssetRowInput } from '../../src/core/analysis/to-asset-points'

export type AssetFileRead = { ok: true; rows: AssetRowInput[] } | { ok: false; message: string }

/**
 * Reads an asset file: GeoJSON (a FeatureCollection of Points with `properties.category`) when the
 * name ends in .geojson or .json or the text starts with "{", else CSV whose header has `lon`, `lat`
 * and `category` (other columns ignored; rows numbered from 1 after the header).
 *
 * @param path absolute path
 * @returns the rows to check, or a one-line reason the file cannot be used
 */
export function readAssetFile(path: string): AssetFileRead {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : 'it is not readable'
    return { ok: false, message: `Cannot read the asset file ${path}: ${why}` }
  }
  text = text.replace(/^\uFEFF/, '')
  const extension = extname(path).toLowerCase()
  if (extension === '.geojson' || extension === '.json' || text.trimStart().startsWith('{')) {
    return readGeoJson(text, path)
  }
  return readCsv(text, path)
}

function readCsv(text: string, path: string): AssetFileRead {
  const { fields, records } = parseCsvRecords(text)
  const column = (name: string): string | undefined =>
    fields.find((field) => field === name) ??
    fields.find((field) => field.trim().toLowerCase() === name)
  const lon = column('lon')
  const lat = column('lat')
  const category = column('category')
  const missing = [
    ['lon', lon],
    ['lat', lat],
    ['category', category],
  ]
    .filter(([, found]) => found === undefined)
    .map(([name]) => name)
  if (missing.length > 0) {
    return {
      ok: false,
      message: `The CSV header of ${path} has no ${missing.join(', ')} column (it needs lon, lat, category)`,
    }
  }
  return {
    ok: true,
    rows: records.map((record, index) => ({
      row: index + 1,
      lng: record[lon!],
      lat: record[lat!],
      category: record[category!],
    })),
  }
}

function readGeoJson(text: string, path: string): AssetFileRead {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, message: `The asset file ${path} is not valid JSON` }
  }
  if (!isRecord(parsed) || parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    return { ok: false, message: `The asset file ${path} is not a GeoJSON FeatureCollection` }
  }
  const rows = parsed.features.map((feature: unknown, index: number): AssetRowInput => {
    const base = { row: index + 1, noun: 'Feature' }
    const geometry = isRecord(feature) ? feature.geometry : undefined
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {}
    if (!isRecord(geometry)) {
      return {
        ...base,
        lng: null,
        lat: null,
        category: properties.category,
        problem: 'it has no geometry',
      }
    }
    if (geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      const problem = `its geometry is ${String(geometry.type)}, not a Point`
      return { ...base, lng: null, lat: null, category: properties.category, problem }
    }
    const [lng, lat] = geometry.coordinates as unknown[]
    return { ...base, lng, lat, category: properties.category }
  })
  return { ok: true, rows }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
