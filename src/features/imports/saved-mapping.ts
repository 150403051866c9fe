import { IMPORT_FIELDS, type ColumnMapping } from '../../core/imports/column-mapping'

// Keyed by the file's headers: next month's export of the same spreadsheet maps itself.
const keyOf = (headers: readonly string[]) => `cam:import-mapping:${JSON.stringify(headers)}`

/** The mapping last saved for a file with these headers, or null (a stale or odd one ignored). */
export function loadSavedMapping(
  storage: Pick<Storage, 'getItem'>,
  headers: readonly string[],
): ColumnMapping | null {
  let saved: unknown
  try {
    saved = JSON.parse(storage.getItem(keyOf(headers)) ?? 'null')
  } catch {
    return null
  }
  if (typeof saved !== 'object' || saved === null) return null
  const mapping: ColumnMapping = {}
  for (const field of IMPORT_FIELDS) {
    const header = (saved as Record<string, unknown>)[field]
    if (typeof header === 'string' && headers.includes(header)) mapping[field] = header
  }
  return Object.keys(mapping).length > 0 ? mapping : null
}

/** Keeps a mapping for the next file with the same headers (quietly, if storage is full or off). */
export function saveMapping(
  storage: Pick<Storage, 'setItem'>,
  headers: readonly string[],
  mapping: ColumnMapping,
): void {
  try {
    storage.setItem(keyOf(headers), JSON.stringify(mapping))
  } catch {
    // Private browsing or a full store: the mapping is offered from the headers next time.
  }
}
