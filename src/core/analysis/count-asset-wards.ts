import { lookupWard } from '../geo/lookup-ward'
import { describeBadCoordinates } from './describe-bad-coordinates'
import type { AnalysisIssue, AssetPoints, PreparedRegion } from './types'

/** Detailed messages kept per call; further bad assets are summed up in one more message. */
const MAX_DETAILED_ISSUES = 100

/**
 * Puts every asset in its ward (lookup grid: Turf's point in polygon, first ward in file order on a
 * shared edge) and counts assets per ward and category. Every asset counts, even two at one spot;
 * an asset outside every ward counts in none. Assets with unusable coordinates or an unknown
 * category index are reported and left out.
 *
 * @param region from prepareRegion
 * @param assets the asset points
 * @param counts out: `counts[ward × categories + category]`, added to
 * @param issues out: problems found, appended
 * @example
 * const counts = new Int32Array(region.wards.length * assets.categories.length)
 * countAssetWards(region, assets, counts, [])
 */
export function countAssetWards(
  region: PreparedRegion,
  assets: AssetPoints,
  counts: Int32Array,
  issues: AnalysisIssue[],
): void {
  const { lng, lat, category } = assets
  const categoryCount = assets.categories.length
  const grid = region.lookup
  const { originLng, originLat, inverseCellLng, inverseCellLat, columns, rows, cells } = grid
  const wardCount = grid.wardCount
  let bad = 0
  for (let i = 0; i < lng.length; i++) {
    const x = lng[i]!
    const y = lat[i]!
    const c = category[i]!
    if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90 && c >= 0 && c < categoryCount)) {
      if (bad++ < MAX_DETAILED_ISSUES) issues.push(describeBadAsset(assets, i))
      continue
    }
    // lookupWard's one-read fast path, inlined (the formula WardLookupGrid documents).
    const col = Math.floor((x - originLng) * inverseCellLng)
    const row = Math.floor((y - originLat) * inverseCellLat)
    if (col < 0 || col >= columns || row < 0 || row >= rows) continue
    let ward = cells[row * columns + col]!
    if (ward > wardCount) ward = lookupWard(grid, x, y)
    if (ward >= 0 && ward < wardCount) counts[ward * categoryCount + c]!++
  }
  if (bad > MAX_DETAILED_ISSUES) {
    issues.push({
      severity: 'error',
      message: `…and ${bad - MAX_DETAILED_ISSUES} more assets with unusable coordinates or category were left out`,
    })
  }
}

function describeBadAsset(assets: AssetPoints, i: number): AnalysisIssue {
  const row = assets.rowNumbers?.[i] ?? i + 1
  const c = assets.category[i]!
  const reason =
    describeBadCoordinates(assets.lng[i]!, assets.lat[i]!) ??
    `category number ${c} is not one of the ${assets.categories.length} categories`
  return { severity: 'error', message: `Row ${row}: ${reason}; left out`, row }
}
