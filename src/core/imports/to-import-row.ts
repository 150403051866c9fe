import type { AssetKind } from '../assets/asset'
import { ASSET_KIND_LABELS } from '../assets/asset-kind-labels'
import { britishNationalGridToLngLat, isOnBritishNationalGrid } from './british-national-grid'
import type { ColumnMapping, ImportField } from './column-mapping'

/**
 * One row as the database stages it (`stage_asset_import_rows`): what the file says, read through
 * the mapping, with the place as a longitude and latitude when the file gave coordinates. The
 * database checks everything else (text, kind, subtype, region, rights) by a typed asset's rules.
 */
export interface ImportRow {
  row: number
  name: string
  kind: string
  subtype?: string
  description?: string
  contact?: string
  website?: string
  opening_times?: string
  tags?: string[]
  lng?: number
  lat?: number
  postcode?: string
}

/** A row, or why it cannot be read (a problem the database never sees). */
export type ReadRow = { ok: true; row: ImportRow } | { ok: false; row: number; reason: string }

const KIND_BY_WORDS = new Map<string, AssetKind>(
  Object.entries(ASSET_KIND_LABELS).flatMap(([code, label]) => [
    [simplify(code), code as AssetKind],
    [simplify(label), code as AssetKind],
  ]),
)

function simplify(words: string): string {
  return words.toLowerCase().replace(/[_-]+/g, ' ').replace(/s\b/g, '').replace(/\s+/g, ' ').trim()
}

/**
 * The kind's code for a code or the label the app shows ("Physical spaces", "physical space");
 * anything else as written, for the database to refuse in words.
 */
export function kindFromText(text: string): string {
  return KIND_BY_WORDS.get(simplify(text)) ?? text.trim()
}

/** A number as spreadsheets write it: "51.5", " 51.5 ", or with a decimal comma "51,5". */
function readNumber(text: string): number | null {
  const cleaned = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return null
  return Number(cleaned)
}

/** Reads row `number` (1 = the first after the header) of a file through a column mapping. */
export function toImportRow(
  cells: readonly string[],
  headers: readonly string[],
  mapping: ColumnMapping,
  number: number,
): ReadRow {
  const cell = (field: ImportField): string => {
    const header = mapping[field]
    const index = header === undefined ? -1 : headers.indexOf(header)
    return index < 0 ? '' : (cells[index] ?? '').trim()
  }
  const refuse = (reason: string): ReadRow => ({ ok: false, row: number, reason })
  const row: ImportRow = { row: number, name: cell('name'), kind: kindFromText(cell('kind')) }
  for (const field of ['subtype', 'description', 'contact', 'website', 'opening_times'] as const) {
    const value = cell(field)
    if (value !== '') row[field] = value
  }
  const tags = cell('tags')
    .split(/[;,]/)
    .map((tag) => tag.trim())
    .filter(Boolean)
  if (tags.length > 0) row.tags = tags

  const [latText, lngText] = [cell('latitude'), cell('longitude')]
  const [eastText, northText] = [cell('easting'), cell('northing')]
  if (latText !== '' || lngText !== '') {
    const lat = readNumber(latText)
    const lng = readNumber(lngText)
    if (lat === null || lng === null) {
      return refuse(`The latitude "${latText}" and longitude "${lngText}" must both be numbers.`)
    }
    // Britain's latitudes are 49-61 and its longitudes -9 to 2: the other way round, the columns
    // are swapped, which is easier to say than "outside the region".
    if (Math.abs(lat) <= 10 && lng >= 49 && lng <= 61) {
      return refuse(
        `The latitude ${lat} and longitude ${lng} look swapped: map the columns the other way round.`,
      )
    }
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      return refuse(`${lat}, ${lng} is not a latitude and longitude.`)
    }
    return { ok: true, row: { ...row, lat, lng } }
  }
  if (eastText !== '' || northText !== '') {
    const easting = readNumber(eastText)
    const northing = readNumber(northText)
    if (easting === null || northing === null || !isOnBritishNationalGrid(easting, northing)) {
      return refuse(
        `The easting "${eastText}" and northing "${northText}" are not on the British National Grid.`,
      )
    }
    const [lng, lat] = britishNationalGridToLngLat(easting, northing)
    return { ok: true, row: { ...row, lat, lng } }
  }
  const postcode = cell('postcode')
  if (postcode !== '') row.postcode = postcode
  return { ok: true, row }
}
