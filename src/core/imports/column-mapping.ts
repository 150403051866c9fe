/** What an import can read from a column. */
export const IMPORT_FIELDS = [
  'name',
  'kind',
  'subtype',
  'description',
  'contact',
  'website',
  'opening_times',
  'tags',
  'latitude',
  'longitude',
  'easting',
  'northing',
  'postcode',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Which column (by its header, as in the file) holds each field; a field left out is not read. */
export type ColumnMapping = Partial<Record<ImportField, string>>

// Headers that name their column plainly map themselves; anything else needs a mapping.
const PLAIN_NAMES: Record<ImportField, readonly string[]> = {
  name: ['name', 'asset name', 'title'],
  kind: ['kind', 'asset kind', 'type'],
  subtype: ['subtype', 'sub type'],
  description: ['description', 'about', 'notes'],
  contact: ['contact', 'phone', 'email', 'telephone'],
  website: ['website', 'web site', 'url', 'web'],
  opening_times: ['opening times', 'opening hours', 'hours'],
  tags: ['tags', 'keywords'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
  easting: ['easting', 'eastings', 'os easting'],
  northing: ['northing', 'northings', 'os northing'],
  postcode: ['postcode', 'post code', 'postal code', 'zip'],
}

const plain = (header: string) =>
  header
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The mapping the headers give by themselves (the first column of each plain name). */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const field of IMPORT_FIELDS) {
    const header = headers.find((h) => PLAIN_NAMES[field].includes(plain(h)))
    if (header !== undefined) mapping[field] = header
  }
  return mapping
}

/**
 * What a mapping lacks to place and name a row, in words; empty when it can be imported. A
 * mapping naming a header the file does not have is refused rather than read as empty.
 */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): string[] {
  const problems: string[] = []
  for (const [field, header] of Object.entries(mapping)) {
    if (header !== undefined && !headers.includes(header)) {
      problems.push(
        `The mapping reads ${field} from "${header}", which the file has no column for.`,
      )
    }
  }
  if (!mapping.name) problems.push('Say which column holds the name.')
  if (!mapping.kind) problems.push('Say which column holds the kind.')
  const hasLatLng = Boolean(mapping.latitude && mapping.longitude)
  const hasGrid = Boolean(mapping.easting && mapping.northing)
  if (!hasLatLng && !hasGrid && !mapping.postcode) {
    problems.push(
      'Say which columns place each row: latitude and longitude, easting and northing, or postcode.',
    )
  }
  return problems
}
