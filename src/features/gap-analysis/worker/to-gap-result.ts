import type { WardGap } from '../../../core/analysis/compute-ward-gaps'
import type { WardCategoryMetrics } from '../../../core/analysis/list-ward-metrics'
import type { AnalysisIssue, PreparedRegion } from '../../../core/analysis/types'
import type { WardAnalysis } from '../../../core/analysis/ward-analysis'
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
  analysis: WardAnalysis
  /** listWardMetrics(analysis), as the ranking used them. */
  metrics: readonly WardCategoryMetrics[]
  gaps: readonly WardGap[]
  summary: RegionSummary
  issues: AnalysisIssue[]
  assetCount: number
  planned: AnalysisAsset[]
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
      indicators: ward.indicators,
    }
  })

  return {
    request,
    regionName: region.name,
    wards,
    averages: averagesOf(parts),
    residents: residentsOf(region, analysis, request.layerKind),
    issues: parts.issues,
    assetCount: parts.assetCount,
    planned: parts.planned,
    timing: { analysisMs: 0, rankingMs: 0, reusedAnalysis: false },
  }
}

function averagesOf({ region, analysis, summary }: GapResultParts): RegionAverages {
  const total = analysis.categories.length
  const byKind: Record<string, RegionAverages['byKind'][string]> = {}
  analysis.categories.forEach((category, c) => {
    let assets = 0
    let wards = 0
    let population = 0
    let people = 0
    let covered = 0
    let reach = 0
    region.wards.forEach((ward, w) => {
      if (!ward.included) return
      wards++
      assets += analysis.assetCounts[w * total + c]!
      if (ward.population !== null) population += ward.population
      people += analysis.residentPopulation[w]!
      covered += analysis.coveredPopulation[w * total + c]!
      if (analysis.reachPopulation) reach += analysis.reachPopulation[w * total + c]!
    })
    byKind[category] = {
      assetsPerWard: wards > 0 ? assets / wards : null,
      ratePer1000: population > 0 ? (assets / population) * 1000 : null,
      coveragePct: people > 0 ? (covered / people) * 100 : null,
      reachMean: people > 0 && analysis.reachPopulation ? reach / people : null,
    }
  })
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
