import { isCellWithinDistance } from '../geo/is-cell-within-distance'
import { isWithinDistance } from '../geo/is-within-distance'
import type { AssetBuckets } from './bucket-assets'
import type { AssetKeys } from './key-assets'
import type { ProximityIndex } from './proximity-index'
import type { ResidentPoints } from './types'

/**
 * Counts, for every resident point in a ward and every category of the batch, the assets within the
 * reach radius (Turf's great-circle distance ≤ radius, default 1 km). A neighbourhood cell wholly
 * within the radius adds its bucket sizes at once; the assets of the other cells are tested one by
 * one (exact formula only within a hair of the radius).
 *
 * @param proximity from prepareProximity (its `reach` threshold is used)
 * @param residents the region's resident points
 * @param keyed from keyAssets (its category masks let empty cells be skipped at once)
 * @param buckets from bucketAssets
 * @param reach out: `reach[resident × categoryTotal + category]`, overwritten for the batch
 * @param categoryTotal number of categories in the whole analysis (row stride of `reach`)
 * @example
 * computeResidentReach(proximity, residents, keyed, bucketAssets(proximity, assets, keyed), reach, 6)
 */
export function computeResidentReach(
  proximity: ProximityIndex,
  residents: ResidentPoints,
  keyed: AssetKeys,
  buckets: AssetBuckets,
  reach: Int32Array,
  categoryTotal: number,
): void {
  const { offsetColumn, offsetRow, reachOffsetCount, slotOfCell, columns } = proximity
  const { originLng, originLat, cellLng, cellLat } = proximity
  const threshold = proximity.reach
  const { offsets, lngLat } = buckets
  const { occupancy, firstCategory, categoryCount } = keyed
  for (const i of proximity.activeResidents) {
    const lng0 = residents.lng[i]!
    const lat0 = residents.lat[i]!
    const cos0 = proximity.residentCos[i]!
    const sin0 = proximity.residentSin[i]!
    const column0 = proximity.residentColumn[i]!
    const row0 = proximity.residentRow[i]!
    const found = i * categoryTotal + firstCategory
    for (let c = 0; c < categoryCount; c++) reach[found + c] = 0
    for (let o = 0; o < reachOffsetCount; o++) {
      const column = column0 + offsetColumn[o]!
      const row = row0 + offsetRow[o]!
      const cell = row * columns + column
      if (occupancy[cell] === 0) continue
      const base = slotOfCell[cell]! * categoryCount
      const west = originLng + column * cellLng
      const south = originLat + row * cellLat
      const east = west + cellLng
      const north = south + cellLat
      if (isCellWithinDistance(threshold, lng0, lat0, cos0, sin0, west, south, east, north)) {
        for (let c = 0; c < categoryCount; c++) {
          reach[found + c]! += offsets[base + c + 1]! - offsets[base + c]!
        }
        continue
      }
      for (let c = 0; c < categoryCount; c++) {
        let count = 0
        const end = offsets[base + c + 1]!
        for (let j = offsets[base + c]!; j < end; j++) {
          const lng = lngLat[2 * j]!
          const lat = lngLat[2 * j + 1]!
          if (isWithinDistance(threshold, lng0, lat0, cos0, sin0, lng, lat)) count++
        }
        reach[found + c]! += count
      }
    }
  }
}
