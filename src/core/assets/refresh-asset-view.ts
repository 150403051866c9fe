import type { Asset } from './asset'
import { createAssetIndex, filterAssets, type AssetFilter, type AssetIndex } from './filter-assets'
import { matchesAssetFilter } from './matches-asset-filter'
import {
  assetSortOrder,
  sortAssets,
  type AssetSortKey,
  type AssetSortLabels,
  type SortDirection,
} from './sort-assets'
import { updateAssetIndex } from './update-asset-index'

/** How a list was made from the one before it: one asset added (last) or replaced in place. */
export interface AssetListChange {
  base: readonly Asset[]
  asset: Asset
}

/** What the list view shows, and how its assets last changed. */
export interface AssetViewInput {
  assets: readonly Asset[]
  /** Set when `assets` is `change.base` with one asset upserted; null otherwise. */
  change: AssetListChange | null
  filter: AssetFilter
  sortBy: AssetSortKey
  direction: SortDirection
  /** Compared by identity: keep the object (and its functions) stable between calls. */
  labels: AssetSortLabels
}

/** The list view's state: the filter index, the filtered assets (list order), and them sorted. */
export interface AssetView {
  input: AssetViewInput
  index: AssetIndex
  filtered: readonly Asset[]
  sorted: readonly Asset[]
}

/**
 * The list view for new inputs, reusing what it can of the previous view. When one asset was
 * added or changed (a live pin in a workshop) the index, the filtered list and the sorted list
 * are updated in place of being rebuilt: the postings the asset touches, a binary search and one
 * splice each, where a rebuild of 50,000 assets folds every text and sorts again. A change of
 * filter reuses the index; a change of sort reuses the filtered list; anything else rebuilds.
 * The result always equals the view built from scratch (createAssetIndex, filterAssets,
 * sortAssets).
 *
 * @param previous - the last view, or null for the first
 * @param input - the assets, how they changed, the filter and the sort
 * @returns the view (the previous one when nothing changed)
 * @example view = refreshAssetView(view, { ...view.input, assets: next, change: { base, asset } })
 */
export function refreshAssetView(previous: AssetView | null, input: AssetViewInput): AssetView {
  const before = previous?.input
  if (previous && before && sameInput(before, input)) return previous
  const oneChange =
    previous !== null &&
    input.assets !== before?.assets &&
    input.change !== null &&
    input.change.base === before?.assets
      ? input.change.asset
      : null
  const sameFilter = before?.filter === input.filter
  const sameSort =
    before?.sortBy === input.sortBy &&
    before.direction === input.direction &&
    before.labels === input.labels

  if (!previous || (input.assets !== before?.assets && oneChange === null)) {
    return build(input, createAssetIndex(input.assets))
  }
  const index = oneChange ? updateAssetIndex(previous.index, oneChange) : previous.index
  if (!sameFilter || (oneChange === null && index !== previous.index)) return build(input, index)
  if (oneChange === null) {
    return { input, index, filtered: previous.filtered, sorted: sortOf(previous.filtered, input) }
  }
  const known = previous.index.positionOf.get(oneChange.id)
  const old =
    known !== undefined && known < previous.index.assets.length
      ? previous.index.assets[known]!
      : null
  const shown = matchesAssetFilter(oneChange, input.filter)
  const { list: filtered, wasShown } = placeInFiltered(previous.filtered, index, oneChange, shown)
  if (!sameSort) return { input, index, filtered, sorted: sortOf(filtered, input) }
  const sorted = placeInSorted(
    previous.sorted,
    wasShown ? old : null,
    shown ? oneChange : null,
    input,
  )
  return { input, index, filtered, sorted }
}

function sameInput(a: AssetViewInput, b: AssetViewInput): boolean {
  return (
    a.assets === b.assets &&
    a.filter === b.filter &&
    a.sortBy === b.sortBy &&
    a.direction === b.direction &&
    a.labels === b.labels
  )
}

function build(input: AssetViewInput, index: AssetIndex): AssetView {
  const filtered = filterAssets(index, input.filter)
  return { input, index, filtered, sorted: sortOf(filtered, input) }
}

function sortOf(assets: readonly Asset[], input: AssetViewInput): Asset[] {
  return sortAssets(assets, input.sortBy, input.direction, input.labels)
}

/** The filtered list (in index order) with the asset put in, replaced or taken out. */
function placeInFiltered(
  list: readonly Asset[],
  index: AssetIndex,
  asset: Asset,
  shown: boolean,
): { list: readonly Asset[]; wasShown: boolean } {
  const position = index.positionOf.get(asset.id)!
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (index.positionOf.get(list[mid]!.id)! < position) low = mid + 1
    else high = mid
  }
  const wasShown = low < list.length && list[low]!.id === asset.id
  if (!wasShown && !shown) return { list, wasShown }
  const next = [...list]
  if (wasShown && shown) next[low] = asset
  else if (wasShown) next.splice(low, 1)
  else next.splice(low, 0, asset)
  return { list: next, wasShown }
}

/** The sorted list with `old` taken out and `asset` put in at its place (either may be null). */
function placeInSorted(
  list: readonly Asset[],
  old: Asset | null,
  asset: Asset | null,
  input: AssetViewInput,
): readonly Asset[] {
  const order = assetSortOrder(input.sortBy, input.direction, input.labels)
  const next = [...list]
  if (old) next.splice(placeIn(next, old, order), 1)
  if (asset) next.splice(placeIn(next, asset, order), 0, asset)
  return next
}

/** The first place whose asset sorts at or after `item` (the order is total: ties end at the id). */
function placeIn(
  list: readonly Asset[],
  item: Asset,
  { keyOf, compare }: ReturnType<typeof assetSortOrder>,
): number {
  const keyed = { asset: item, key: keyOf(item) }
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    const other = list[mid]!
    if (compare({ asset: other, key: keyOf(other) }, keyed) < 0) low = mid + 1
    else high = mid
  }
  return low
}
