import type { AssetDraftField } from './compare-asset-versions'

/** Field names in words, for conflicts and history. */
export const ASSET_FIELD_LABELS: Record<AssetDraftField, string> = {
  name: 'Name',
  kind: 'Kind',
  subtype: 'Type',
  description: 'Description',
  openingTimes: 'Opening times',
  accessibility: 'Accessibility',
  contact: 'Contact (private)',
  website: 'Website',
  tags: 'Tags',
  lngLat: 'Location',
}

/** Database column names (as the audit log records them) in words; unknown ones as written. */
const COLUMN_LABELS: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  subtype: 'type',
  subtype_code: 'type',
  description: 'description',
  opening_times: 'opening times',
  accessibility: 'accessibility',
  contact: 'contact',
  website: 'website',
  tags: 'tags',
  geom: 'location',
  location: 'location',
  point: 'location',
  status: 'status',
  status_reason: 'status reason',
  last_verified_at: 'verified date',
  workshop_id: 'workshop',
  is_sensitive: 'sensitivity',
}

/**
 * A database column as a person would call it.
 *
 * @param column - e.g. `opening_times`
 * @returns e.g. `opening times`
 * @example describeColumn('geom') // 'location'
 */
export function describeColumn(column: string): string {
  return COLUMN_LABELS[column] ?? column.replace(/_/g, ' ')
}
