import { ASSET_KIND_LABELS } from '../../../core/analysis/category-labels'
import { computeWardGaps, type NeedIndicator } from '../../../core/analysis/compute-ward-gaps'
import { createWardAnalysis } from '../../../core/analysis/create-ward-analysis'
import { describeBadCoordinates } from '../../../core/analysis/describe-bad-coordinates'
import { NEED_INDICATORS } from '../../../core/analysis/need-indicators'
import { listWardMetrics, type WardCategoryMetrics } from '../../../core/analysis/list-ward-metrics'
import { parseRegion, type RegionTexts } from '../../../core/analysis/parse-region'
import { prepareProximity } from '../../../core/analysis/prepare-proximity'
import { prepareRegion } from '../../../core/analysis/prepare-region'
import type { ProximityIndex } from '../../../core/analysis/proximity-index'
import type {
  AnalysisIssue,
  AssetPoints,
  PreparedRegion,
  RegionWardInput,
} from '../../../core/analysis/types'
import type { WardAnalysis } from '../../../core/analysis/ward-analysis'
import type { WardTimeBankActivity } from '../../../core/time-banks/time-bank-report'
import { timeBankSupply } from '../../../core/time-banks/time-bank-supply'
import type { WardSchemeSupply } from '../../../core/partners/partner'
import { schemeSupply } from '../../../core/partners/scheme-supply'
import { summariseRegion } from './summarise-region'
import { toGapResult } from './to-gap-result'
import type { AnalysisAsset, GapAnalysisRequest, GapAnalysisResult } from './gap-analysis-result'

/** Analyses kept for walking distances chosen before, so that going back is instant. */
const CACHED_DISTANCES = 4

/**
 * Ward lookup grid cells, metres. The grid answers exactly at any cell size (boundary cells test
 * the edges); larger cells make the one-off build at start several times faster (about 0.3 s
 * rather than 1 s for a county of 257 wards) for a few more edge tests per asset, which the app's asset counts
 * never notice.
 */
const WARD_LOOKUP_CELL_METRES = 400

export type AddAnalysisAssetResult = { ok: true } | { ok: false; issue: AnalysisIssue }

/**
 * The gap analysis as the app's worker runs it: the region prepared once, the asset set held,
 * one running analysis per walking distance (kept up to date asset by asset), and the ranking
 * made again for each request, which takes milliseconds.
 */
export interface GapAnalysisEngine {
  /** Problems in the region's files, found once when the region was prepared. */
  readonly regionIssues: readonly AnalysisIssue[]
  /** Wards and resident points prepared, for the status line. */
  readonly wardCount: number
  /** Replaces the asset set (e.g. the list read from the database); planned assets stay. */
  setAssets(assets: readonly AnalysisAsset[]): void
  /**
   * Adds one asset to every running analysis at once (incremental: only the residents near it
   * are looked at). An id already held is ignored. `planned` marks a what-if asset of the lead's.
   */
  addAsset(asset: AnalysisAsset, planned?: boolean): AddAnalysisAssetResult
  /** Removes the planned assets (the next request analyses again from the asset set). */
  clearPlanned(): void
  /**
   * Takes the database's figures (the SQL twin's rows) for a walking distance: from then on the
   * engine ranks from the database's figures, not from assets, until `setAssets` is called.
   */
  setDatabaseMetrics(
    distanceMetres: number,
    metrics: readonly WardCategoryMetrics[],
    assetCount: number,
  ): void
  /**
   * False while the figures come from the database and its figures for the request's walking
   * distance have not arrived yet (compute would have nothing to rank).
   */
  hasFigures(request: GapAnalysisRequest): boolean
  /**
   * Takes time banks' activity per ward: from then on it counts in supply and the reasons,
   * whether the figures come from the browser or the database.
   */
  setTimeBankActivity(activity: readonly WardTimeBankActivity[]): void
  /**
   * Takes the active partner schemes per ward (scheme_ward_supply): from then on they count in
   * supply, the reasons and the profile, whether the figures come from the browser or the database.
   */
  setSchemeSupply(rows: readonly WardSchemeSupply[]): void
  /** Ranks the wards for a request. */
  compute(request: GapAnalysisRequest): GapAnalysisResult
}

/**
 * Prepares the region from its files' text (parseRegion, as the command line does) and
 * returns the engine. Bad values in the files are reported in `regionIssues` and left out.
 *
 * @param regionName the region's name, for the words of the reasons
 * @param texts the region files (analysis-region.json)
 * @param kinds the asset kinds analysed, in the order results list them
 * @returns the engine
 * @throws Error with a message a person can read when the ward file cannot be read at all
 * @example
 * const engine = createGapAnalysisEngine(region.name, file.texts, ANALYSIS_KINDS)
 * engine.setAssets(assets)
 * engine.compute({ kinds: ['physical_space'], distanceMetres: 800, … }).wards[0].reason
 */
export function createGapAnalysisEngine(
  regionName: string,
  texts: RegionTexts,
  kinds: readonly string[],
): GapAnalysisEngine {
  const parsed = parseRegion(regionName, texts, 'lsoa')
  if (!parsed.ok) throw new Error(`The analysis region cannot be read: ${parsed.message}`)
  const regionIssues: AnalysisIssue[] = [...parsed.issues]
  const wards = parsed.region.wards.map((ward) => withCheckedIndicators(ward, regionIssues))
  const region: PreparedRegion = prepareRegion({ ...parsed.region, wards }, WARD_LOOKUP_CELL_METRES)
  regionIssues.push(...region.issues)
  const summary = summariseRegion(region)

  const categoryOf = new Map(kinds.map((kind, index) => [kind, index]))
  const held = new Map<string, { asset: AnalysisAsset; planned: boolean }>()
  let assetIssues: AnalysisIssue[] = []
  const proximities = new Map<number, ProximityIndex>()
  const analyses = new Map<number, WardAnalysis>()
  /** The database's figures by walking distance; null while the browser computes them. */
  let databaseMetrics: Map<number, readonly WardCategoryMetrics[]> | null = null
  let databaseAssetCount = 0
  /** Until the database's assets or figures arrive, a ranking counts only planned assets. */
  let assetsRead = false
  /** Time banks as supply; null until their figures arrive (then they are not counted). */
  let timeBanks: ReturnType<typeof timeBankSupply> | null = null
  /** Partner schemes as supply; null until their counts arrive (then they are not counted). */
  let schemes: ReturnType<typeof schemeSupply> | null = null

  const check = (asset: AnalysisAsset): AnalysisIssue | null => {
    const bad = describeBadCoordinates(asset.lng, asset.lat)
    if (bad !== null) {
      return { severity: 'error', message: `Asset ${asset.id}: ${bad}; left out of the analysis` }
    }
    if (!categoryOf.has(asset.kind)) {
      return {
        severity: 'error',
        message: `Asset ${asset.id}: the kind "${asset.kind}" is not one the analysis counts; left out`,
      }
    }
    return null
  }

  const toPoints = (): AssetPoints => {
    const list = [...held.values()].map((entry) => entry.asset)
    return {
      lng: Float64Array.from(list, (asset) => asset.lng),
      lat: Float64Array.from(list, (asset) => asset.lat),
      category: Int32Array.from(list, (asset) => categoryOf.get(asset.kind)!),
      categories: kinds,
    }
  }

  const analysisAt = (distanceMetres: number): { analysis: WardAnalysis; reused: boolean } => {
    const cached = analyses.get(distanceMetres)
    if (cached) {
      // Most recently used last, so the oldest is the one dropped.
      analyses.delete(distanceMetres)
      analyses.set(distanceMetres, cached)
      return { analysis: cached, reused: true }
    }
    let proximity = proximities.get(distanceMetres)
    if (!proximity) {
      proximity = prepareProximity(region, { walkDistanceMetres: distanceMetres })
      proximities.set(distanceMetres, proximity)
    }
    const analysis = createWardAnalysis(region, proximity, toPoints())
    analyses.set(distanceMetres, analysis)
    if (analyses.size > CACHED_DISTANCES) analyses.delete(analyses.keys().next().value!)
    return { analysis, reused: false }
  }

  return {
    regionIssues,
    wardCount: region.wards.filter((ward) => ward.included).length,
    setAssets(assets) {
      databaseMetrics = null
      assetsRead = true
      for (const [id, entry] of held) if (!entry.planned) held.delete(id)
      assetIssues = []
      for (const asset of assets) {
        const issue = check(asset)
        if (issue) assetIssues.push(issue)
        else if (!held.has(asset.id)) held.set(asset.id, { asset, planned: false })
      }
      analyses.clear()
    },
    addAsset(asset, planned = false) {
      if (databaseMetrics && planned) {
        const message =
          'What-if assets need the analysis in your browser; with this many assets the database computes it.'
        return { ok: false, issue: { severity: 'error', message } }
      }
      if (held.has(asset.id)) return { ok: true }
      const issue = check(asset)
      if (issue) return { ok: false, issue }
      held.set(asset.id, { asset, planned })
      for (const analysis of analyses.values()) {
        analysis.addAsset({ lng: asset.lng, lat: asset.lat, category: asset.kind })
      }
      return { ok: true }
    },
    clearPlanned() {
      for (const [id, entry] of held) if (entry.planned) held.delete(id)
      analyses.clear()
    },
    setDatabaseMetrics(distanceMetres, metrics, assetCount) {
      databaseMetrics ??= new Map()
      assetsRead = true
      databaseAssetCount = assetCount
      databaseMetrics.set(distanceMetres, metrics)
      analyses.clear()
    },
    setTimeBankActivity(activity) {
      timeBanks = timeBankSupply(activity)
    },
    setSchemeSupply(rows) {
      schemes = schemeSupply(rows)
    },
    hasFigures(request) {
      return databaseMetrics === null || databaseMetrics.has(request.distanceMetres)
    },
    compute(request) {
      const started = performance.now()
      let analysis: WardAnalysis | null = null
      let metrics: readonly WardCategoryMetrics[]
      let reused = false
      if (databaseMetrics) {
        const fromDatabase = databaseMetrics.get(request.distanceMetres)
        if (!fromDatabase) {
          throw new Error(`The database's figures at ${request.distanceMetres} m have not arrived.`)
        }
        metrics = fromDatabase
      } else {
        ;({ analysis, reused } = analysisAt(request.distanceMetres))
        metrics = listWardMetrics(analysis)
      }
      const analysed = performance.now()
      const need: NeedIndicator[] = request.need
        .filter((part) => part.weight > 0)
        .map((part) => ({ key: part.key, weight: part.weight }))
      const imdOnly = need.every((part) => part.key.startsWith('imd'))
      const ranked = computeWardGaps(region.name, region.wards, metrics, {
        need,
        ...(imdOnly ? {} : { needWord: 'in need' }),
        supply: request.kinds
          .filter((kind) => categoryOf.has(kind))
          .map((category) => ({
            category,
            rateWeight: request.rateWeight,
            coverageWeight: request.coverageWeight,
            reachWeight: 0,
          })),
        walkDistanceMetres: request.distanceMetres,
        categoryLabels: ASSET_KIND_LABELS,
        extraSupply: [...(timeBanks?.extraSupply ?? []), ...(schemes ? [schemes.extraSupply] : [])],
        ...(timeBanks ? { timeBanks: timeBanks.figures } : {}),
      })
      const planned = [...held.values()].flatMap((entry) => (entry.planned ? [entry.asset] : []))
      const result = toGapResult({
        request,
        region,
        analysis,
        metrics,
        gaps: ranked.gaps,
        summary,
        issues: [...regionIssues, ...assetIssues, ...(analysis?.issues ?? []), ...ranked.issues],
        assetCount: analysis ? held.size : databaseAssetCount,
        assetsRead,
        planned,
        timeBanks: timeBanks?.figures ?? null,
        schemes: schemes?.perWard ?? null,
      })
      result.timing = {
        analysisMs: reused ? 0 : analysed - started,
        rankingMs: performance.now() - analysed,
        reusedAnalysis: reused,
      }
      return result
    },
  }
}

/**
 * A ward with every indicator that is not a finite number reported once and made missing, so
 * that nothing downstream (need, profile, averages) ever sees NaN.
 */
function withCheckedIndicators(ward: RegionWardInput, issues: AnalysisIssue[]): RegionWardInput {
  const indicators: Record<string, number | null> = {}
  for (const [key, value] of Object.entries(ward.indicators ?? {})) {
    if (value !== null && !Number.isFinite(value)) {
      const label = NEED_INDICATORS.find((indicator) => indicator.key === key)?.label ?? key
      issues.push({
        severity: 'warning',
        message: `Ward ${ward.code} (${ward.name}): ${label} is not a number; left out`,
        wardCode: ward.code,
      })
      indicators[key] = null
    } else {
      indicators[key] = value
    }
  }
  return { ...ward, indicators }
}
