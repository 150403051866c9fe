import type { TimeBankFacts } from '../../../core/analysis/explain-ward-gap'
import type { AnalysisIssue } from '../../../core/analysis/types'
import type { Tercile } from '../bivariate-classes'
import type { AnalysisEngine } from '../choose-analysis-engine'

/** What the worker is asked to compute: the analysis settings without the open profile. */
export interface GapAnalysisRequest {
  kinds: readonly string[]
  distanceMetres: number
  need: readonly { key: string; weight: number }[]
  rateWeight: number
  coverageWeight: number
  layerKind: string
}

/** One asset as the analysis takes it: a located, approved asset of a pinnable kind. */
export interface AnalysisAsset {
  id: string
  kind: string
  lng: number
  lat: number
}

/** One ward's figures for one asset kind (see WardCategoryMetrics in the core). */
export interface KindFigures {
  assets: number
  ratePer1000: number | null
  coveragePct: number | null
  reachMean: number | null
}

export interface WardGapResult {
  code: string
  name: string
  population: number | null
  /** Percentiles across the region's wards, 0–100 (see computeWardGaps). */
  need: number | null
  supply: number | null
  gap: number | null
  rank: number | null
  reason: string
  needTercile: Tercile | null
  supplyTercile: Tercile | null
  /** Every analysed kind, counted or not. */
  byKind: Readonly<Record<string, KindFigures>>
  /**
   * Time banks' active members and hours given in the last 12 months (activeMembers null: fewer
   * than 5, hidden by the rule of 5); null when time banks are not counted (their figures could
   * not be read).
   */
  timeBank: TimeBankFacts | null
  /** Active partner schemes running in the ward; null when schemes are not counted (unreadable). */
  partnerSchemes: number | null
  /** Need indicators by key; null when missing or not a number (reported). */
  indicators: Readonly<Record<string, number | null>>
}

/** The region as a whole, for "against the <region> average". */
export interface RegionAverages {
  byKind: Readonly<
    Record<
      string,
      {
        assetsPerWard: number | null
        ratePer1000: number | null
        coveragePct: number | null
        reachMean: number | null
      }
    >
  >
  /** Population-weighted mean of each indicator over the wards that have it. */
  indicators: Readonly<Record<string, number | null>>
}

/**
 * Resident points (LSOA centroids) inside a ward, with whether the layer's kind is in reach.
 * Empty when the database computed the figures (it sends per-ward figures only).
 */
export interface ResidentCoverage {
  kind: string
  lng: number[]
  lat: number[]
  population: number[]
  covered: boolean[]
}

export interface GapAnalysisResult {
  request: GapAnalysisRequest
  /** Where the figures were computed: the worker in the browser, or the database's SQL twin. */
  engine: AnalysisEngine
  regionName: string
  /** Ranked (rank 1 first), unranked wards last. */
  wards: WardGapResult[]
  averages: RegionAverages
  residents: ResidentCoverage
  /** The region's, the assets' and the ranking's problems; each was left out, never NaN. */
  issues: AnalysisIssue[]
  /** Assets analysed, from the database and planned ones. */
  assetCount: number
  /**
   * False while the ranking was made before the database's assets (or, at large scale, its
   * figures) reached the worker: provisional, since a ward counted as empty may not be.
   */
  assetsRead: boolean
  /** The lead's what-if assets, in the order added. */
  planned: AnalysisAsset[]
  timing: {
    /** Time to analyse the asset set at this distance; 0 when an earlier run was reused. */
    analysisMs: number
    /** Time to rank the wards and shape the result. */
    rankingMs: number
    reusedAnalysis: boolean
  }
}
