import { isCellWithinDistance } from '../geo/is-cell-within-distance'
import { isWithinDistance } from '../geo/is-within-distance'
import { bucketAssets } from './bucket-assets'
import type { AssetKeys } from './key-assets'
import type { ProximityIndex } from './proximity-index'
import type { AssetPoints, ResidentPoints } from './types'

/**
 * Marks, for every resident point in a ward and every category of the batch, whether its nearest
 * asset of that category is within the walking distance (Turf's great-circle distance ≤ distance).
 *
 * 1. Each resident visits its neighbourhood cells nearest first; a cell wholly within the distance
 *    that holds an asset of a category settles that category by its count alone.
 * 2. For categories still open, the cells that are only partly within the distance and hold such
 *    assets are flagged; only those buckets are gathered (usually a small share of the assets).
 * 3. The residents with open categories scan the flagged cells and stop at the first asset in
 *    reach; only pairs within a hair of the threshold use the exact formula.
 *
 * @param proximity from prepareProximity (its `walk` threshold is used)
 * @param residents the region's resident points
 * @param assets the asset points
 * @param keyed from keyAssets
 * @param covered out: `covered[resident × categoryTotal + category]` set to 1 when covered
 * @param categoryTotal number of categories in the whole analysis (row stride of `covered`)
 * @example
 * computeResidentCoverage(proximity, residents, assets, keyed, covered, 6)
 */
export function computeResidentCoverage(
  proximity: ProximityIndex,
  residents: ResidentPoints,
  assets: AssetPoints,
  keyed: AssetKeys,
  covered: Uint8Array,
  categoryTotal: number,
): void {
  const { offsetColumn, offsetRow, walkOffsetCount, slotOfCell, columns, walk } = proximity
  const { originLng, originLat, cellLng, cellLat } = proximity
  const { counts, slotTotals, categoryCount, firstCategory } = keyed
  const wanted = new Uint8Array(counts.length)
  const open: number[] = []
  for (const i of proximity.activeResidents) {
    const lng0 = residents.lng[i]!
    const lat0 = residents.lat[i]!
    const cos0 = proximity.residentCos[i]!
    const sin0 = proximity.residentSin[i]!
    const column0 = proximity.residentColumn[i]!
    const row0 = proximity.residentRow[i]!
    const flags = i * categoryTotal + firstCategory
    let remaining = 0
    for (let c = 0; c < categoryCount; c++) if (covered[flags + c] === 0) remaining++
    for (let o = 0; o < walkOffsetCount && remaining > 0; o++) {
      const column = column0 + offsetColumn[o]!
      const row = row0 + offsetRow[o]!
      const slot = slotOfCell[row * columns + column]!
      if (slotTotals[slot] === 0) continue
      const west = originLng + column * cellLng
      const south = originLat + row * cellLat
      const inside = isCellWithinDistance(
        walk,
        lng0,
        lat0,
        cos0,
        sin0,
        west,
        south,
        west + cellLng,
        south + cellLat,
      )
      if (!inside) continue
      const base = slot * categoryCount
      for (let c = 0; c < categoryCount; c++) {
        if (covered[flags + c] === 0 && counts[base + c]! > 0) {
          covered[flags + c] = 1
          remaining--
        }
      }
    }
    if (remaining === 0) continue
    open.push(i)
    for (let o = 0; o < walkOffsetCount; o++) {
      // A whole cell holding an open category would have closed it: what is left is partial cells.
      const slot = slotOfCell[(row0 + offsetRow[o]!) * columns + column0 + offsetColumn[o]!]!
      if (slotTotals[slot] === 0) continue
      const base = slot * categoryCount
      for (let c = 0; c < categoryCount; c++) {
        if (covered[flags + c] === 0 && counts[base + c]! > 0) wanted[base + c] = 1
      }
    }
  }
  if (open.length === 0) return
  const { offsets, lngLat } = bucketAssets(assets, keyed, wanted)
  for (const i of open) {
    const lng0 = residents.lng[i]!
    const lat0 = residents.lat[i]!
    const cos0 = proximity.residentCos[i]!
    const sin0 = proximity.residentSin[i]!
    const column0 = proximity.residentColumn[i]!
    const row0 = proximity.residentRow[i]!
    const flags = i * categoryTotal + firstCategory
    for (let o = 0; o < walkOffsetCount; o++) {
      const slot = slotOfCell[(row0 + offsetRow[o]!) * columns + column0 + offsetColumn[o]!]!
      if (slotTotals[slot] === 0) continue
      const base = slot * categoryCount
      for (let c = 0; c < categoryCount; c++) {
        if (covered[flags + c] !== 0) continue
        const end = offsets[base + c + 1]!
        for (let j = offsets[base + c]!; j < end; j++) {
          if (isWithinDistance(walk, lng0, lat0, cos0, sin0, lngLat[2 * j]!, lngLat[2 * j + 1]!)) {
            covered[flags + c] = 1
            break
          }
        }
      }
    }
  }
}
