import type { WardCategoryMetrics } from '../../../core/analysis/list-ward-metrics'
import type { AnalysisIssue } from '../../../core/analysis/types'
import type { WardTimeBankActivity } from '../../../core/time-banks/time-bank-report'
import type { WardSchemeSupply } from '../../../core/partners/partner'
import type { AnalysisAsset, GapAnalysisRequest, GapAnalysisResult } from './gap-analysis-result'

/** What the page asks of the gap analysis worker. Messages are handled in the order sent. */
export type ToAnalysisWorker =
  /** Fetch and prepare the region (once, first). */
  | { type: 'load'; url: string }
  /** The asset set as the database gives it (replaces the last one; planned assets stay). */
  | { type: 'assets'; assets: AnalysisAsset[] }
  /** One more asset: someone added it, or the lead is trying one out (`planned`). */
  | { type: 'add'; asset: AnalysisAsset; planned: boolean }
  | { type: 'clear-planned' }
  /**
   * The database's figures (the SQL twin) for one walking distance: the worker ranks from these
   * instead of from assets until assets are sent again. `assetCount`: approved assets counted.
   */
  | {
      type: 'metrics'
      distanceMetres: number
      metrics: WardCategoryMetrics[]
      assetCount: number
    }
  /**
   * Time banks' active members and hours per ward (the database's, whichever engine ranks):
   * counted in supply from then on (replaces the last).
   */
  | { type: 'time-banks'; activity: WardTimeBankActivity[] }
  /** Active partner schemes per ward (the database's, whichever engine ranks; replaces the last). */
  | { type: 'schemes'; supply: WardSchemeSupply[] }
  /** Rank with these settings, and again with them after every change to the assets. */
  | { type: 'compute'; request: GapAnalysisRequest }

/** What changed since the last result, for the status line. */
export type ResultCause =
  'settings' | 'assets' | 'asset-added' | 'planned' | 'time-banks' | 'schemes'

export type FromAnalysisWorker =
  | { type: 'ready'; prepareMs: number; wardCount: number; issues: AnalysisIssue[] }
  | {
      type: 'result'
      result: GapAnalysisResult
      cause: ResultCause
      /** For an added asset: how long adding it to the running analyses took, ms. */
      addMs?: number
    }
  /** An asset was not added (its reason), e.g. a planned one with coordinates out of range. */
  | { type: 'refused'; issue: AnalysisIssue }
  | { type: 'failed'; message: string }
