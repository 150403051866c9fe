import type { WardGap } from '../../../core/analysis/compute-ward-gaps'
import type { WardCategoryMetrics } from '../../../core/analysis/list-ward-metrics'
import type { AnalysisIssue, PreparedRegion } from '../../../core/analysis/types'
import type { WardAnalysis } from '../../../core/analysis/ward-analysis'
import type { TimeBankFacts } from '../../../core/analysis/explain-ward-gap'
import { tercileOf } from '../bivariate-classes'
import type {
  AnalysisAsset,
  GapAnalysisRequest,
  GapAnalysisResult,
  KindFigures,
  RegionAverages,
  ResidentCoverage,
  WardGapResult,
} from './gap-analysis-result'
import type { RegionSummary } from './summarise-region'

export interface GapResultParts {
  request: GapAnalysisRequest
  region: PreparedRegion
  /** The running analysis in the browser; null when the figures came from the database. */
  analysis: WardAnalysis | null
  /** The figures the ranking used: listWardMetrics(analysis), or the database's. */
  metrics: readonly WardCategoryMetrics[]
  gaps: readonly WardGap[]
  summary: RegionSummary
  issues: AnalysisIssue[]
  assetCount: number
  /** Whether the database's assets or figures have been given (see GapAnalysisResult). */
  assetsRead: boolean
  planned: AnalysisAsset[]
  /** Time banks' figures per ward as counted; null when they are not (yet) counted. */
  timeBanks: Readonly<Record<string, TimeBankFacts>> | null
  /** Active partner schemes per ward; null when they are not (yet) counted. */
  schemes: Readonly<Record<string, number>> | null
}

/**
 * Shapes a ranking for the page: each ward's gap with its figures for every kind, the region's
 * averages, and the resident points of the coverage layer. Plain arrays and objects only, so the
 * result crosses from the worker by structured clone. Nothing in it is NaN (ratios with no
 * denominator are null).
 *
 * @param parts the analysis, its ranking and the region
 * @returns the result (timing to be filled in by the caller)
 */
export function toGapResult(parts: GapResultParts): GapAnalysisResult {
  const { region, analysis, request } = parts
  const wardIndex = new Map(region.wards.map((ward, index) => [ward.code, index]))
  const byWard = new Map<string, Record<string, KindFigures>>()
  for (const row of parts.metrics) {
    const figures = byWard.get(row.wardCode) ?? {}
    figures[row.category] = {
      assets: row.assets,
      ratePer1000: row.ratePer1000,
      coveragePct: row.coveragePct,
      reachMean: row.reachMean,
    }
    byWard.set(row.wardCode, figures)
  }

  const wards: WardGapResult[] = parts.gaps.map((gap) => {
    const ward = region.wards[wardIndex.get(gap.wardCode)!]!
    return {
      code: gap.wardCode,
      name: gap.wardName,
      population: ward.population,
      need: gap.need,
      supply: gap.supply,
      gap: gap.gap,
      rank: gap.rank,
      reason: gap.reason,
      needTercile: tercileOf(gap.need),
      supplyTercile: tercileOf(gap.supply),
      byKind: byWard.get(gap.wardCode) ?? {},
      timeBank: parts.timeBanks
        ? (parts.timeBanks[gap.wardCode] ?? { activeMembers: 0, hoursGiven: 0 })
        : null,
      partnerSchemes: parts.schemes ? (parts.schemes[gap.wardCode] ?? 0) : null,
      indicators: ward.indicators,
    }
  })

  return {
    request,
    engine: analysis ? 'browser' : 'database',
    regionName: region.name,
    wards,
    averages: averagesOf(parts),
    residents: analysis
      ? residentsOf(region, analysis, request.layerKind)
      : { kind: request.layerKind, lng: [], lat: [], population: [], covered: [] },
    issues: parts.issues,
    assetCount: parts.assetCount,
    assetsRead: parts.assetsRead,
    planned: parts.planned,
    timing: { analysisMs: 0, rankingMs: 0, reusedAnalysis: false },
  }
}

/**
 * The region's figures per kind, from the per-ward rows (the same whichever engine made them):
 * coverage and reach are weighted by the people each ward's resident points stand for.
 */
function averagesOf({ region, metrics, summary }: GapResultParts): RegionAverages {
  const people = new Float64Array(region.wards.length)
  for (let w = 0; w < region.wards.length; w++) {
    for (let k = region.wardResidentOffsets[w]!; k < region.wardResidentOffsets[w + 1]!; k++) {
      people[w]! += region.residents.weight[region.wardResidents[k]!]!
    }
  }
  const wardIndex = new Map(region.wards.map((ward, index) => [ward.code, index]))
  const sums = new Map<
    string,
    {
      assets: number
      wards: number
      population: number
      people: number
      covered: number
      reach: number
      hasReach: boolean
    }
  >()
  for (const row of metrics) {
    const sum = sums.get(row.category) ?? {
      assets: 0,
      wards: 0,
      population: 0,
      people: 0,
      covered: 0,
      reach: 0,
      hasReach: true,
    }
    const residents = people[wardIndex.get(row.wardCode) ?? -1] ?? 0
    sum.wards++
    sum.assets += row.assets
    if (row.population !== null) sum.population += row.population
    sum.people += residents
    if (row.coveragePct !== null) sum.covered += (row.coveragePct / 100) * residents
    if (row.reachMean !== null) sum.reach += row.reachMean * residents
    else if (residents > 0) sum.hasReach = false
    sums.set(row.category, sum)
  }
  const byKind: Record<string, RegionAverages['byKind'][string]> = {}
  for (const [category, sum] of sums) {
    byKind[category] = {
      assetsPerWard: sum.wards > 0 ? sum.assets / sum.wards : null,
      ratePer1000: sum.population > 0 ? (sum.assets / sum.population) * 1000 : null,
      coveragePct: sum.people > 0 ? (sum.covered / sum.people) * 100 : null,
      reachMean: sum.people > 0 && sum.hasReach ? sum.reach / sum.people : null,
    }
  }
  return { byKind, indicators: summary.indicatorAverages }
}

function residentsOf(
  region: PreparedRegion,
  analysis: WardAnalysis,
  kind: string,
): ResidentCoverage {
  const layer: ResidentCoverage = { kind, lng: [], lat: [], population: [], covered: [] }
  const c = analysis.categories.indexOf(kind)
  if (c < 0) return layer
  const total = analysis.categories.length
  const { lng, lat, weight } = region.residents
  region.residentWard.forEach((ward, i) => {
    if (ward < 0) return
    layer.lng.push(lng[i]!)
    layer.lat.push(lat[i]!)
    layer.population.push(weight[i]!)
    layer.covered.push(analysis.residentCovered[i * total + c] !== 0)
  })
  return layer
}
