import type { AssetChanges, NewAsset } from '../../core/assets/asset'

/**
 * The `p_changes` object of `update_asset`: only the fields an edit changed, by column name.
 * A move (`lngLat`) becomes `lng` and `lat`.
 */
export function toAssetChangesRow(changes: AssetChanges): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  const put = (column: string, value: unknown) => {
    if (value !== undefined) row[column] = value
  }
  put('name', changes.name)
  put('kind', changes.kind)
  put('subtype', changes.subtype)
  put('description', changes.description)
  put('opening_times', changes.openingTimes)
  put('accessibility', changes.accessibility)
  put('website', changes.website)
  put('tags', changes.tags)
  put('contact', changes.contact)
  put('is_sensitive', changes.isSensitive)
  if (changes.lngLat) {
    row.lng = changes.lngLat[0]
    row.lat = changes.lngLat[1]
  }
  return row
}

/** create_asset's named arguments (src/db/calls.ts). */
export function toCreateAssetParams(input: NewAsset) {
  return {
    p_client_id: input.clientId,
    p_name: input.name,
    p_kind: input.kind,
    p_description: input.description,
    p_lng: input.lngLat[0],
    p_lat: input.lngLat[1],
    p_is_sensitive: input.isSensitive ?? false,
    p_subtype: input.subtype,
    p_opening_times: input.openingTimes,
    p_accessibility: input.accessibility,
    p_website: input.website,
    p_tags: input.tags,
    p_contact: input.contact,
    p_workshop_id: input.workshopId ?? null,
  }
}
