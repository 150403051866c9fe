import type { Asset } from './asset'
import { assetHaystack, type AssetFilter } from './filter-assets'
import { normaliseSearchText } from './normalise-search-text'

/**
 * Whether one asset passes a filter, by the rules of filterAssets (facets: any of the values
 * chosen, and every facet chosen; free text: every word typed, in the folded name, description,
 * tags and subtype). For updating a filtered list when one asset changes.
 *
 * @param asset - the asset
 * @param filter - what to keep
 * @returns true when filterAssets would keep it
 * @example matchesAssetFilter(hall, { ...anyAssetFilter, kinds: ['physical_space'] }) // true
 */
export function matchesAssetFilter(asset: Asset, filter: AssetFilter): boolean {
  const among = (values: readonly string[], value: string | null) =>
    values.length === 0 || (value !== null && values.includes(value))
  if (!among(filter.kinds, asset.kind)) return false
  if (!among(filter.subtypes, asset.subtype)) return false
  if (!among(filter.statuses, asset.status)) return false
  if (!among(filter.wardCodes, asset.wardCode)) return false
  if (filter.tags.length > 0) {
    const wanted = new Set(filter.tags.map(normaliseSearchText))
    if (!asset.tags.some((tag) => wanted.has(normaliseSearchText(tag)))) return false
  }
  const words = normaliseSearchText(filter.text)
  if (!words) return true
  const haystack = assetHaystack(asset)
  return words.split(' ').every((term) => haystack.includes(term))
}
