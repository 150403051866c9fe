import type { ProximityIndex } from './proximity-index'
import type { AnalysisIssue, NewAssetPoint, PreparedRegion } from './types'

/** What happened to an asset given to `addAsset`. */
export type AddAssetResult =
  | { ok: true; /** Ward index the asset was counted in, −1 when in none. */ ward: number }
  | { ok: false; issue: AnalysisIssue }

/**
 * A running analysis of one asset set over a prepared region: per ward and category, the counts,
 * the residents' coverage and reach, kept up to date by `addAsset`. Arrays indexed
 * `[ward × categories.length + category]` unless said otherwise; read them through listWardMetrics.
 */
export interface WardAnalysis {
  readonly region: PreparedRegion
  readonly proximity: ProximityIndex
  readonly categories: readonly string[]
  /** Assets of each category inside each ward. */
  readonly assetCounts: Int32Array
  /** Residents represented by the ward's resident points, `[ward]`. */
  readonly residentPopulation: Float64Array
  /** Number of resident points in the ward, `[ward]`. */
  readonly residentPointCount: Int32Array
  /** Residents whose nearest asset of the category is within the walking distance. */
  readonly coveredPopulation: Float64Array
  /** Σ over the ward's resident points of weight × assets of the category within the reach radius; null when reach was not asked for. */
  readonly reachPopulation: Float64Array | null
  /** Per resident point and category (`[resident × categories + category]`): 1 when covered. */
  readonly residentCovered: Uint8Array
  /** Per resident point and category: assets within the reach radius; null without reach. */
  readonly residentReach: Int32Array | null
  /** Problems met while analysing (the region's own issues are in `region.issues`). */
  readonly issues: AnalysisIssue[]
  /**
   * Adds one asset and updates its ward's count and the coverage and reach of the residents near it
   * (only their wards' sums are recomputed, in the same order as a full run, so the figures stay
   * exactly equal to recomputing from scratch). Takes microseconds.
   */
  addAsset(asset: NewAssetPoint): AddAssetResult
}
