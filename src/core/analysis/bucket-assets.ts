import type { AssetKeys } from './key-assets'
import type { ProximityIndex } from './proximity-index'
import type { AssetPoints } from './types'

/**
 * Assets sorted by (slot, category) of the proximity grid: the coordinates of the assets of batch
 * category c in slot s are pairs `lngLat[2j], lngLat[2j + 1]` for j in
 * `offsets[s × categoryCount + c] … offsets[s × categoryCount + c + 1]`.
 */
export interface AssetBuckets {
  offsets: Int32Array
  /** Interleaved longitude, latitude (degrees): one cache line per asset when scanning a bucket. */
  lngLat: Float64Array
}

/**
 * Sorts keyed assets into buckets by slot and category (a counting sort: count, prefix sums,
 * scatter; no comparisons). Assets in cells no resident can reach are dropped. Input order is kept
 * within a bucket.
 *
 * @param proximity from prepareProximity
 * @param assets the asset points
 * @param keyed from keyAssets
 * @returns the buckets
 * @example
 * const buckets = bucketAssets(proximity, assets, keyed)
 */
export function bucketAssets(
  proximity: ProximityIndex,
  assets: AssetPoints,
  keyed: AssetKeys,
): AssetBuckets {
  const { cells, categoryCount, firstCategory } = keyed
  const { slotOfCell } = proximity
  const n = cells.length
  const keyCount = proximity.slotCount * categoryCount
  const keys = new Int32Array(n)
  const offsets = new Int32Array(keyCount + 1)
  for (let i = 0; i < n; i++) {
    const cell = cells[i]!
    const slot = cell < 0 ? -1 : slotOfCell[cell]!
    const key = slot < 0 ? -1 : slot * categoryCount + assets.category[i]! - firstCategory
    keys[i] = key
    if (key >= 0) offsets[key]!++
  }
  // Inclusive prefix sums give each bucket's end; filling backwards leaves each at its start.
  for (let k = 1; k < keyCount; k++) offsets[k]! += offsets[k - 1]!
  const total = keyCount > 0 ? offsets[keyCount - 1]! : 0
  offsets[keyCount] = total
  const lngLat = new Float64Array(total * 2)
  const { lng, lat } = assets
  for (let i = n - 1; i >= 0; i--) {
    const key = keys[i]!
    if (key < 0) continue
    const at = --offsets[key]! * 2
    lngLat[at] = lng[i]!
    lngLat[at + 1] = lat[i]!
  }
  return { offsets, lngLat }
}
