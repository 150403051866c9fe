import { lookupWard } from '../geo/lookup-ward'
import { SUB_CELLS_PER_SIDE } from '../geo/sub-cells-per-side'
import { describeBadCoordinates } from './describe-bad-coordinates'
import type { AssetKeys } from './key-assets'
import type { ProximityIndex } from './proximity-index'
import type { AnalysisIssue, AssetPoints, PreparedRegion } from './types'

/** Detailed messages kept per call; further bad assets are summed up in one more message. */
const MAX_DETAILED_ISSUES = 100

/**
 * Reads every asset once and does two things with it: counts it in its ward (lookup grid: Turf's
 * point in polygon, first ward in file order on a shared edge) and puts it in its proximity grid
 * cell, marking the cell's category mask (what keyAssets does, for the first batch of categories).
 * One pass instead of two: at 100k assets the passes cost more in memory traffic than in
 * arithmetic. Every asset counts, even two at one spot; an asset outside every ward counts in none
 * (it may still cover residents near the edge). Assets with unusable coordinates or an unknown
 * category index are reported and left out of both.
 *
 * @param region from prepareRegion
 * @param proximity from prepareProximity
 * @param assets the asset points
 * @param counts out: `counts[ward × categories + category]`, added to
 * @param issues out: problems found, appended
 * @param batchCategories categories 0 … batchCategories − 1 are keyed (1 … 8)
 * @returns the keys of the first batch, as keyAssets(proximity, assets, 0, batchCategories)
 * @example
 * const counts = new Int32Array(region.wards.length * assets.categories.length)
 * const keyed = countAndKeyAssets(region, proximity, assets, counts, [], assets.categories.length)
 */
export function countAndKeyAssets(
  region: PreparedRegion,
  proximity: ProximityIndex,
  assets: AssetPoints,
  counts: Int32Array,
  issues: AnalysisIssue[],
  batchCategories: number,
): AssetKeys {
  const { lng, lat, category } = assets
  const n = lng.length
  const categoryCount = assets.categories.length
  const grid = region.lookup
  const { originLng, originLat, inverseCellLng, inverseCellLat, columns, rows, cells } = grid
  const { subCells, wardCount } = grid
  const SUB = SUB_CELLS_PER_SIDE
  const p = proximity
  const keyCells = new Int32Array(n)
  const occupancy = new Uint8Array(p.columns * p.rows)
  let bad = 0
  for (let i = 0; i < n; i++) {
    const x = lng[i]!
    const y = lat[i]!
    const c = category[i]!
    if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90 && c >= 0 && c < categoryCount)) {
      if (bad++ < MAX_DETAILED_ISSUES) issues.push(describeBadAsset(assets, i))
      keyCells[i] = -1
      continue
    }
    // lookupWard's fast paths inlined (the formulas WardLookupGrid documents): one read for most
    // assets, a sub-cell read near a boundary, and the edges only close to one.
    const gx = (x - originLng) * inverseCellLng
    const gy = (y - originLat) * inverseCellLat
    const col = Math.floor(gx)
    const row = Math.floor(gy)
    if (col >= 0 && col < columns && row >= 0 && row < rows) {
      let ward = cells[row * columns + col]!
      if (ward > wardCount) {
        const at = (ward - wardCount - 1) * SUB * SUB
        ward = subCells[at + Math.floor((gy - row) * SUB) * SUB + Math.floor((gx - col) * SUB)]!
        if (ward > wardCount) ward = lookupWard(grid, x, y)
      }
      if (ward >= 0 && ward < wardCount) counts[ward * categoryCount + c]!++
    }
    let cell = -1
    if (c < batchCategories) {
      const pc = Math.floor((x - p.originLng) * p.inverseCellLng)
      const pr = Math.floor((y - p.originLat) * p.inverseCellLat)
      if (pc >= 0 && pc < p.columns && pr >= 0 && pr < p.rows) {
        cell = pr * p.columns + pc
        occupancy[cell]! |= 1 << c
      }
    }
    keyCells[i] = cell
  }
  if (bad > MAX_DETAILED_ISSUES) {
    issues.push({
      severity: 'error',
      message: `…and ${bad - MAX_DETAILED_ISSUES} more assets with unusable coordinates or category were left out`,
    })
  }
  return { firstCategory: 0, categoryCount: batchCategories, cells: keyCells, occupancy }
}

function describeBadAsset(assets: AssetPoints, i: number): AnalysisIssue {
  const row = assets.rowNumbers?.[i] ?? i + 1
  const c = assets.category[i]!
  const reason =
    describeBadCoordinates(assets.lng[i]!, assets.lat[i]!) ??
    `category number ${c} is not one of the ${assets.categories.length} categories`
  return { severity: 'error', message: `Row ${row}: ${reason}; left out`, row }
}
