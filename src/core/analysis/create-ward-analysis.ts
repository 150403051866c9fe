import { bucketAssets } from './bucket-assets'
import { computeResidentCoverage } from './compute-resident-coverage'
import { computeResidentReach } from './compute-resident-reach'
import { countAndKeyAssets } from './count-and-key-assets'
import { createAddAsset } from './create-add-asset'
import { keyAssets, MAX_BATCH_CATEGORIES } from './key-assets'
import type { ProximityIndex } from './proximity-index'
import { sumWardCategory } from './sum-ward-category'
import type { AnalysisIssue, AssetPoints, PreparedRegion } from './types'
import type { WardAnalysis } from './ward-analysis'

/** Largest bucket table (slots × categories) built at once; more categories go in batches. */
const MAX_BUCKET_KEYS = 8_000_000

export interface WardAnalysisOptions {
  /** Also count assets within the reach radius of each resident (default true). */
  reach?: boolean
}

/**
 * Runs the ward analysis of an asset set: counts per ward and category (point in polygon), the share
 * of residents whose nearest asset of each category is within the walking distance, and reach
 * (assets within the reach radius per resident). Everything is exactly what the straightforward Turf
 * computation gives (booleanPointInPolygon, first ward in file order; turf.distance ≤ radius), by
 * spatial indexes instead of all pairs: for 100,000 assets over a county, a few milliseconds.
 * Bad assets are reported in `issues` and left out. Read results with listWardMetrics; add assets
 * one at a time with `addAsset`.
 *
 * @param region from prepareRegion (built once per region)
 * @param proximity from prepareProximity (built once per region and pair of radii)
 * @param assets the asset points (typed arrays; any extent: assets outside the region still cover
 *   residents near the edge)
 * @param options `reach: false` skips reach
 * @returns the running analysis
 * @example
 * const analysis = createWardAnalysis(region, proximity, assets)
 * analysis.addAsset({ lng: 0.47, lat: 51.73, category: 'physical_space' })
 * listWardMetrics(analysis)
 */
export function createWardAnalysis(
  region: PreparedRegion,
  proximity: ProximityIndex,
  assets: AssetPoints,
  options: WardAnalysisOptions = {},
): WardAnalysis {
  const categories = [...assets.categories]
  const categoryTotal = categories.length
  const wardCount = region.wards.length
  const residentCount = region.residents.lng.length
  const issues: AnalysisIssue[] = []
  const assetCounts = new Int32Array(wardCount * categoryTotal)

  const residentCovered = new Uint8Array(residentCount * categoryTotal)
  const residentReach =
    options.reach === false ? null : new Int32Array(residentCount * categoryTotal)
  const perSlot = Math.floor(MAX_BUCKET_KEYS / Math.max(1, proximity.slotCount))
  const batch = Math.max(1, Math.min(MAX_BATCH_CATEGORIES, perSlot))
  const { residents } = region
  // With no categories there is no batch, but bad assets must still be reported.
  if (categoryTotal === 0) countAndKeyAssets(region, proximity, assets, assetCounts, issues, 0)
  for (let first = 0; first < categoryTotal; first += batch) {
    const count = Math.min(batch, categoryTotal - first)
    // The first batch is keyed in the same pass that counts every asset in its ward.
    const keyed =
      first === 0
        ? countAndKeyAssets(region, proximity, assets, assetCounts, issues, count)
        : keyAssets(proximity, assets, first, count)
    computeResidentCoverage(proximity, residents, assets, keyed, residentCovered, categoryTotal)
    if (residentReach !== null) {
      const buckets = bucketAssets(proximity, assets, keyed)
      computeResidentReach(proximity, residents, keyed, buckets, residentReach, categoryTotal)
    }
  }

  const residentPopulation = new Float64Array(wardCount)
  const residentPointCount = new Int32Array(wardCount)
  for (let w = 0; w < wardCount; w++) {
    let population = 0
    for (let k = region.wardResidentOffsets[w]!; k < region.wardResidentOffsets[w + 1]!; k++) {
      population += region.residents.weight[region.wardResidents[k]!]!
    }
    residentPopulation[w] = population
    residentPointCount[w] = region.wardResidentOffsets[w + 1]! - region.wardResidentOffsets[w]!
  }
  const sums = {
    categoryTotal,
    residentCovered,
    residentReach,
    coveredPopulation: new Float64Array(wardCount * categoryTotal),
    reachPopulation: residentReach === null ? null : new Float64Array(wardCount * categoryTotal),
  }
  for (let w = 0; w < wardCount; w++) {
    for (let c = 0; c < categoryTotal; c++) sumWardCategory(region, sums, w, c)
  }
  return {
    region,
    proximity,
    categories,
    assetCounts,
    residentPopulation,
    residentPointCount,
    coveredPopulation: sums.coveredPopulation,
    reachPopulation: sums.reachPopulation,
    residentCovered,
    residentReach,
    issues,
    addAsset: createAddAsset(region, proximity, categories, assetCounts, sums),
  }
}
