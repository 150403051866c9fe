import type { ProximityIndex } from './proximity-index'
import type { AssetPoints } from './types'

/**
 * Each asset's bucket key in the proximity grid, `slot × categoryCount + (category − firstCategory)`
 * (−1 when it can reach no resident or is not in the batch), and the number of assets per key.
 */
export interface AssetKeys {
  firstCategory: number
  categoryCount: number
  keys: Int32Array
  counts: Int32Array
  /** Assets of the batch per slot (all categories): lets sparse sets skip empty cells at once. */
  slotTotals: Int32Array
}

/**
 * Keys the assets of categories `firstCategory … firstCategory + categoryCount − 1` by proximity
 * slot and category and counts them per key: one pass, no sorting. Per-cell counts are all that
 * coverage needs for cells wholly within the walking distance, which is most of them. Assets in
 * cells no resident can reach, outside the grid or with unusable coordinates get key −1.
 *
 * @param proximity from prepareProximity
 * @param assets the asset points
 * @param firstCategory first category index of this batch (0 unless categories are many)
 * @param categoryCount number of categories in this batch
 * @returns keys and counts
 * @example
 * const keyed = keyAssets(proximity, assets, 0, assets.categories.length)
 */
export function keyAssets(
  proximity: ProximityIndex,
  assets: AssetPoints,
  firstCategory: number,
  categoryCount: number,
): AssetKeys {
  const { originLng, originLat, inverseCellLng, inverseCellLat, columns, rows, slotOfCell } =
    proximity
  const { lng, lat, category } = assets
  const n = lng.length
  const keys = new Int32Array(n)
  const counts = new Int32Array(proximity.slotCount * categoryCount)
  const slotTotals = new Int32Array(proximity.slotCount)
  for (let i = 0; i < n; i++) {
    const x = lng[i]!
    const y = lat[i]!
    const c = category[i]! - firstCategory
    let key = -1
    if (c >= 0 && c < categoryCount && x >= -180 && x <= 180 && y >= -90 && y <= 90) {
      const col = Math.floor((x - originLng) * inverseCellLng)
      const row = Math.floor((y - originLat) * inverseCellLat)
      if (col >= 0 && col < columns && row >= 0 && row < rows) {
        const slot = slotOfCell[row * columns + col]!
        if (slot >= 0) {
          key = slot * categoryCount + c
          counts[key]!++
          slotTotals[slot]!++
        }
      }
    }
    keys[i] = key
  }
  return { firstCategory, categoryCount, keys, counts, slotTotals }
}
