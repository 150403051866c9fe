import { isWithinDistance } from '../geo/is-within-distance'
import { lookupWard } from '../geo/lookup-ward'
import { describeBadCoordinates } from './describe-bad-coordinates'
import type { ProximityIndex } from './proximity-index'
import { sumWardCategory, type WardSums } from './sum-ward-category'
import type { NewAssetPoint, PreparedRegion } from './types'
import type { AddAssetResult } from './ward-analysis'

/**
 * Makes the `addAsset` function of a running analysis: count the asset in its ward, then visit only
 * the resident points in the grid cells around it (those that can be within the larger radius),
 * mark newly covered ones and raise their reach, and recompute the sums of the wards touched.
 *
 * @param region from prepareRegion
 * @param proximity from prepareProximity
 * @param categories the analysis's categories (an asset of another category is refused)
 * @param assetCounts counts per ward and category, updated in place
 * @param sums per-resident state and per-ward sums, updated in place
 * @returns addAsset
 * @example
 * const addAsset = createAddAsset(region, proximity, categories, counts, sums)
 * addAsset({ lng: 0.47, lat: 51.73, category: 'cultural' }) // { ok: true, ward: 87 }
 */
export function createAddAsset(
  region: PreparedRegion,
  proximity: ProximityIndex,
  categories: readonly string[],
  assetCounts: Int32Array,
  sums: WardSums,
): (asset: NewAssetPoint) => AddAssetResult {
  const categoryIndex = new Map<string, number>()
  categories.forEach((name, c) => {
    if (!categoryIndex.has(name)) categoryIndex.set(name, c)
  })
  const { categoryTotal, residentCovered, residentReach } = sums
  const { walk, reach, columns, rows, slotOfCell, offsetColumn, offsetRow } = proximity
  const offsetCount = Math.max(proximity.walkOffsetCount, proximity.reachOffsetCount)
  const residents = region.residents
  const touched: number[] = []

  return (asset) => {
    const c = categoryIndex.get(asset.category)
    if (c === undefined) {
      const message = `Category "${asset.category}" is not one of this analysis's categories; the asset was not added`
      return { ok: false, issue: { severity: 'error', message } }
    }
    const bad = describeBadCoordinates(asset.lng, asset.lat)
    if (bad !== null) {
      return {
        ok: false,
        issue: { severity: 'error', message: `The asset's ${bad}; it was not added` },
      }
    }
    const ward = lookupWard(region.lookup, asset.lng, asset.lat)
    if (ward >= 0) assetCounts[ward * categoryTotal + c]!++
    touched.length = 0
    const column0 = Math.floor((asset.lng - proximity.originLng) * proximity.inverseCellLng)
    const row0 = Math.floor((asset.lat - proximity.originLat) * proximity.inverseCellLat)
    for (let o = 0; o < offsetCount; o++) {
      const column = column0 + offsetColumn[o]!
      const row = row0 + offsetRow[o]!
      if (column < 0 || column >= columns || row < 0 || row >= rows) continue
      const slot = slotOfCell[row * columns + column]!
      if (slot < 0) continue
      const end = proximity.slotResidentOffsets[slot + 1]!
      for (let k = proximity.slotResidentOffsets[slot]!; k < end; k++) {
        const i = proximity.slotResidents[k]!
        const args = [
          residents.lng[i]!,
          residents.lat[i]!,
          proximity.residentCos[i]!,
          proximity.residentSin[i]!,
          asset.lng,
          asset.lat,
        ] as const
        const at = i * categoryTotal + c
        let changed = false
        if (residentCovered[at] === 0 && isWithinDistance(walk, ...args)) {
          residentCovered[at] = 1
          changed = true
        }
        if (residentReach !== null && isWithinDistance(reach, ...args)) {
          residentReach[at]!++
          changed = true
        }
        const residentWard = region.residentWard[i]!
        if (changed && !touched.includes(residentWard)) touched.push(residentWard)
      }
    }
    for (const w of touched) sumWardCategory(region, sums, w, c)
    return { ok: true, ward }
  }
}
