import type { WardCategoryMetrics } from '../core/analysis/list-ward-metrics'
import type { PinnableKind } from '../core/assets/asset-kind-style'
import type { WardSchemeSupply } from '../core/partners/partner'
import type { WardTimeBankActivity } from '../core/time-banks/time-bank-report'

export interface WardAssetMetricsOptions {
  /** Walking distance for coverage, metres (0–5,000; the database refuses others). */
  distanceMetres: number
  /** The kinds to report, in the order wanted. */
  kinds: readonly PinnableKind[]
  /** Radius for reach, metres (default 1,000). */
  reachMetres?: number
}

/**
 * The gap analysis in the database: the SQL twin of the analysis core
 * (public.ward_asset_metrics, 20261123150000_ward_gap_analysis.sql), for connected mode at a
 * scale where the assets should not all come to the browser. Same figures as the core's
 * listWardMetrics (tests/db/ward-gap-analysis.test.ts holds them to it), counting only the
 * approved assets the viewer may see.
 */
export interface AnalysisPort {
  /** Every ward (boundary-file order) × kind, zero counts included; ready for computeWardGaps. */
  wardAssetMetrics(options: WardAssetMetricsOptions): Promise<WardCategoryMetrics[]>
  /**
   * How many approved assets the viewer may see, counted in the database (none is read), so that
   * the app can choose where to analyse before asking for the assets themselves.
   */
  countApprovedAssets(): Promise<number>
  /**
   * Time banks' active members and hours given in the last 12 months per ward (wards with none
   * are left out), the same for both engines: for anyone not coordinating the ward's bank, a
   * ward with fewer than 5 active members has both figures null (the rule of 5).
   */
  timeBankActivity(): Promise<WardTimeBankActivity[]>
  /**
   * Partners' active schemes running in each ward, every theme (`scheme_ward_supply`), for the
   * gap analysis's "partner schemes" supply. A scheme whose only venue is a sensitive place counts
   * nowhere.
   */
  schemeSupply(): Promise<WardSchemeSupply[]>
}
