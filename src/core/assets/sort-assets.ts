import type { Asset } from './asset'

export type AssetSortKey = 'name' | 'kind' | 'ward' | 'status' | 'updated'
export type SortDirection = 'ascending' | 'descending'

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })

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
  labels: { kind: (asset: Asset) => string; ward: (asset: Asset) => string },
): Asset[] {
  const value = (asset: Asset): string => {
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
  // Decorate once, then sort: the collator runs O(n log n) times, the label lookups n times.
  const decorated = assets.map((asset) => ({ asset, key: value(asset) }))
  const sign = direction === 'ascending' ? 1 : -1
  decorated.sort(
    (a, b) =>
      sign * (by === 'updated' ? compareText(a.key, b.key) : collator.compare(a.key, b.key)) ||
      collator.compare(a.asset.name, b.asset.name) ||
      compareText(a.asset.id, b.asset.id),
  )
  return decorated.map((item) => item.asset)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
