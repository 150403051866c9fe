import type { ProximityIndex } from './proximity-index'
import type { AssetPoints } from './types'

/** Most categories one batch can hold: their presence in a cell is one byte. */
export const MAX_BATCH_CATEGORIES = 8

/**
 * Each asset's proximity grid cell (−1 when outside the grid, unusable, or not in the batch) and,
 * per cell, a bitmask of the batch's categories present there (bit c = category firstCategory + c).
 */
export interface AssetKeys {
  firstCategory: number
  categoryCount: number
  cells: Int32Array
  /** One byte per grid cell (a few hundred kB for a county): small enough to stay in cache. */
  occupancy: Uint8Array
}

/**
 * Puts the assets of categories `firstCategory … firstCategory + categoryCount − 1` in their
 * proximity grid cells and marks which categories each cell holds: one pass, no sorting. The masks
 * are all that coverage needs for cells wholly within the walking distance, which is most of them.
 *
 * @param proximity from prepareProximity
 * @param assets the asset points
 * @param firstCategory first category of this batch (0 unless categories are many)
 * @param categoryCount categories in this batch (1 … 8)
 * @returns cells and occupancy masks
 * @example
 * const keyed = keyAssets(proximity, assets, 0, assets.categories.length)
 */
export function keyAssets(
  proximity: ProximityIndex,
  assets: AssetPoints,
  firstCategory: number,
  categoryCount: number,
): AssetKeys {
  const { originLng, originLat, inverseCellLng, inverseCellLat, columns, rows } = proximity
  const { lng, lat, category } = assets
  const n = lng.length
  const cells = new Int32Array(n)
  const occupancy = new Uint8Array(columns * rows)
  for (let i = 0; i < n; i++) {
    const x = lng[i]!
    const y = lat[i]!
    const c = category[i]! - firstCategory
    let cell = -1
    if (c >= 0 && c < categoryCount && x >= -180 && x <= 180 && y >= -90 && y <= 90) {
      const col = Math.floor((x - originLng) * inverseCellLng)
      const row = Math.floor((y - originLat) * inverseCellLat)
      if (col >= 0 && col < columns && row >= 0 && row < rows) {
        cell = row * columns + col
        occupancy[cell]! |= 1 << c
      }
    }
    cells[i] = cell
  }
  return { firstCategory, categoryCount, cells, occupancy }
}
