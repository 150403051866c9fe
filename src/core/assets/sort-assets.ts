import type { Asset } from './asset'

export type AssetSortKey = 'name' | 'kind' | 'ward' | 'status' | 'updated'
export type SortDirection = 'ascending' | 'descending'

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })

/** Words to sort kind and ward by, as the table shows them. */
export interface AssetSortLabels {
  kind: (asset: Asset) => string
  ward: (asset: Asset) => string
}

/** An asset with the text it sorts by. */
export interface SortKeyed {
  asset: Asset
  key: string
}

/**
 * The list view's order as two functions: the text an asset sorts by, and the comparison of two
 * keyed assets (ties broken by name and then id, so the order is total and stable).
 *
 * @param by - the column: name, kind (by its label), ward (by its name), status or last update
 * @param direction - ascending (A→Z, oldest first) or descending
 * @param labels - words to sort kind and ward by
 * @returns keyOf and compare
 * @example const order = assetSortOrder('name', 'ascending', labels)
 */
export function assetSortOrder(
  by: AssetSortKey,
  direction: SortDirection,
  labels: AssetSortLabels,
): { keyOf: (asset: Asset) => string; compare: (a: SortKeyed, b: SortKeyed) => number } {
  const keyOf = (asset: Asset): string => {
    switch (by) {
      case 'name':
        return asset.name
      case 'kind':
        return labels.kind(asset)
      case 'ward':
        return labels.ward(asset)
      case 'status':
        return asset.status
      case 'updated':
        return asset.updatedAt
    }
  }
  const sign = direction === 'ascending' ? 1 : -1
  const compare = (a: SortKeyed, b: SortKeyed) =>
    sign * (by === 'updated' ? compareText(a.key, b.key) : collator.compare(a.key, b.key)) ||
    collator.compare(a.asset.name, b.asset.name) ||
    compareText(a.asset.id, b.asset.id)
  return { keyOf, compare }
}

/**
 * Sorts assets for the list view, ties broken by name and then id so the order is stable.
 *
 * @param assets - the assets (not changed)
 * @param by - the column: name, kind (by its label), ward (by its name), status or last update
 * @param direction - ascending (A→Z, oldest first) or descending
 * @param labels - words to sort kind and ward by, as the table shows them
 * @returns a new sorted array
 * @example sortAssets(assets, 'name', 'ascending', { kind: (k) => k, ward: (c) => c ?? '' })
 */
export function sortAssets(
  assets: readonly Asset[],
  by: AssetSortKey,
  direction: SortDirection,
  labels: AssetSortLabels,
): Asset[] {
  const { keyOf, compare } = assetSortOrder(by, direction, labels)
  // Decorate once, then sort: the collator runs O(n log n) times, the label lookups n times.
  const decorated = assets.map((asset) => ({ asset, key: keyOf(asset) }))
  decorated.sort(compare)
  return decorated.map((item) => item.asset)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
