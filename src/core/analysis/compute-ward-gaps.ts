import { categoryLabel, type CategoryLabel } from './category-labels'
import { explainWardGap, type TimeBankFacts } from './explain-ward-gap'
import type { WardCategoryMetrics } from './list-ward-metrics'
import { percentileRank } from './percentile-rank'
import type { AnalysisIssue, PreparedWard } from './types'

/** The default need: the wards' population-weighted IMD 2025 score (the region's wardDeprivation file). */
export const DEFAULT_NEED_INDICATOR = 'imd2025_score_popweighted'

/** One indicator in the need composite. */
export interface NeedIndicator {
  /** Key in each ward's `indicators`, e.g. `imd2019_score_popweighted`. */
  key: string
  /** Relative weight (default 1). */
  weight?: number
  /** False when a lower value means more need, e.g. a rank (default true). */
  higherIsNeedier?: boolean
}

/** How much one category's figures weigh in supply. */
export interface SupplyCategory {
  category: string
  /** Weight of the rate per 1,000 residents (default 1). */
  rateWeight?: number
  /** Weight of walking coverage (default 1). */
  coverageWeight?: number
  /** Weight of reach (default 0). */
  reachWeight?: number
}

/** Supply counted per ward from outside the asset map: active volunteers, partner schemes, … */
export interface ExtraSupply {
  /** e.g. "volunteers" */
  key: string
  label: CategoryLabel
  /** Count per ward code; a ward missing here has 0. */
  perWard: Readonly<Record<string, number>>
  /** Weight in supply (default 1). */
  weight?: number
  /** Compare wards per 1,000 residents (default true) rather than by raw count. */
  perThousandResidents?: boolean
  /** False when the reasons say it otherwise (e.g. time banks, through `timeBanks`); default true. */
  inReason?: boolean
}

export interface WardGapOptions {
  /** Default: the population-weighted IMD 2025 score. */
  need?: readonly NeedIndicator[]
  /** Adjective for the reasons' need part (default "deprived"). */
  needWord?: string
  /** Default: every category in the metrics, rate and coverage weighted 1. */
  supply?: readonly SupplyCategory[]
  extraSupply?: readonly ExtraSupply[]
  /**
   * Each ward's time bank figures for the reasons (a ward missing here has none); absent when time
   * banks are not counted. Their supply comes through `extraSupply` (timeBankSupply).
   */
  timeBanks?: Readonly<Record<string, TimeBankFacts>>
  /** The walking distance the coverage was computed for, metres (default 800), for the words. */
  walkDistanceMetres?: number
  /** Labels for categories beyond the six ABCD kinds (e.g. subtypes). */
  categoryLabels?: Readonly<Record<string, CategoryLabel>>
}

export interface WardGap {
  wardCode: string
  wardName: string
  /** Percentile of the need composite across the region's wards (100 = most need). */
  need: number | null
  /** Percentile of the supply composite across the region's wards (100 = most supply). */
  supply: number | null
  /** need − supply, −100…100: the larger, the more under-served. */
  gap: number | null
  /** 1 = largest gap, shared by wards with the same gap (1, 2, 2, 4); null when need or supply is unknown. */
  rank: number | null
  reason: string
}

/**
 * Ranks the region's wards by gap = need − supply, both percentiles across the wards. Need is a
 * weighted mean of the chosen indicators' percentiles (default: IMD 2025 score), itself turned into
 * a percentile; supply likewise from the selected categories' rates per 1,000 and coverage (and
 * reach, volunteers, schemes when weighted). A missing or non-numeric value leaves that part out of
 * the ward's mean (reported); a ward with nothing to go on gets no need or supply and no rank.
 * Ties share: tied values share the lowest percentile of their group (percentileRank), so wards
 * with no supply are at the bottom of supply together; wards with the same gap share the best rank
 * of their group (1, 2, 2, 4) and are listed higher need first, then in file order. Nothing
 * returned is NaN.
 *
 * @param regionName the region's name as readers know it, for the reasons
 * @param wards the region's wards (file order), with indicators
 * @param metrics per ward and category, from listWardMetrics (or the SQL twin)
 * @param options need, supply, extras, words
 * @returns wards ranked (unranked ones last) and the issues met
 * @example
 * const { gaps } = computeWardGaps(region.name, region.wards, listWardMetrics(analysis))
 * gaps[0].reason // 'most deprived tenth of <region> wards · 0 community spaces · 12% of residents within a 10-minute walk'
 */
export function computeWardGaps(
  regionName: string,
  wards: readonly PreparedWard[],
  metrics: readonly WardCategoryMetrics[],
  options: WardGapOptions = {},
): { gaps: WardGap[]; issues: AnalysisIssue[] } {
  const issues: AnalysisIssue[] = []
  const included = wards.filter((ward) => ward.included)
  const byWard = new Map<string, Map<string, WardCategoryMetrics>>()
  for (const row of metrics) {
    const rows = byWard.get(row.wardCode) ?? new Map<string, WardCategoryMetrics>()
    rows.set(row.category, row)
    byWard.set(row.wardCode, rows)
  }
  const categories = [...new Set(metrics.map((row) => row.category))]
  const supplyCategories: readonly SupplyCategory[] =
    options.supply ?? categories.map((category) => ({ category }))

  const needParts = (options.need ?? [{ key: DEFAULT_NEED_INDICATOR }]).map((indicator) => {
    const sign = indicator.higherIsNeedier === false ? -1 : 1
    const values = included.map((ward) => {
      const value = ward.indicators[indicator.key]
      if (value === null || value === undefined) return null
      if (!Number.isFinite(value)) {
        issues.push({
          severity: 'warning',
          message: `Ward ${ward.code} (${ward.name}): indicator ${indicator.key} is ${String(value)}, not a number; left out of its need`,
          wardCode: ward.code,
        })
        return null
      }
      return sign * value
    })
    return { weight: indicator.weight ?? 1, percentiles: percentileRank(values) }
  })

  const figure = (ward: PreparedWard, category: string): WardCategoryMetrics | undefined =>
    byWard.get(ward.code)?.get(category)
  const supplyParts = supplyCategories.flatMap((selected) => [
    {
      weight: selected.rateWeight ?? 1,
      values: included.map((ward) => figure(ward, selected.category)?.ratePer1000 ?? null),
    },
    {
      weight: selected.coverageWeight ?? 1,
      values: included.map((ward) => figure(ward, selected.category)?.coveragePct ?? null),
    },
    {
      weight: selected.reachWeight ?? 0,
      values: included.map((ward) => figure(ward, selected.category)?.reachMean ?? null),
    },
  ])
  for (const extra of options.extraSupply ?? []) {
    supplyParts.push({
      weight: extra.weight ?? 1,
      values: included.map((ward) => {
        const count = extra.perWard[ward.code] ?? 0
        if (!Number.isFinite(count)) return null
        if (extra.perThousandResidents === false) return count
        return ward.population !== null && ward.population > 0
          ? (count / ward.population) * 1000
          : null
      }),
    })
  }
  const weighted = supplyParts
    .filter((part) => part.weight > 0)
    .map((part) => ({ weight: part.weight, percentiles: percentileRank(part.values) }))

  const need = percentileRank(included.map((_, w) => tieKey(weightedMean(needParts, w))))
  const supply = percentileRank(included.map((_, w) => tieKey(weightedMean(weighted, w))))
  const gaps: WardGap[] = included.map((ward, w) => {
    const wardNeed = need[w]!
    const wardSupply = supply[w]!
    return {
      wardCode: ward.code,
      wardName: ward.name,
      need: wardNeed,
      supply: wardSupply,
      gap: wardNeed !== null && wardSupply !== null ? wardNeed - wardSupply : null,
      rank: null,
      reason: explainWardGap({
        regionName,
        needPercentile: wardNeed,
        ...(options.needWord === undefined ? {} : { needWord: options.needWord }),
        walkDistanceMetres: options.walkDistanceMetres ?? 800,
        categories: supplyCategories.map((selected) => ({
          label: categoryLabel(selected.category, options.categoryLabels),
          count: figure(ward, selected.category)?.assets ?? 0,
          coveragePct: figure(ward, selected.category)?.coveragePct ?? null,
        })),
        extras: (options.extraSupply ?? [])
          .filter((extra) => extra.inReason !== false)
          .map((extra) => ({ label: extra.label, count: extra.perWard[ward.code] ?? 0 })),
        ...(options.timeBanks
          ? { timeBank: options.timeBanks[ward.code] ?? { activeMembers: 0, hoursGiven: 0 } }
          : {}),
      }),
    }
  })
  const order = gaps
    .map((gap, index) => ({ gap, index, key: tieKey(gap.gap) }))
    .sort(
      (a, b) =>
        rankKey(b.key) - rankKey(a.key) ||
        rankKey(b.gap.need) - rankKey(a.gap.need) ||
        a.index - b.index,
    )
  // Wards with the same gap share the best rank of their group (1, 2, 2, 4), as SQL's rank()
  // does; the list still shows the needier of them first.
  order.forEach(({ gap, key }, position) => {
    if (key === null) return
    const before = order[position - 1]
    gap.rank = before && before.key === key ? before.gap.rank : position + 1
  })
  return { gaps: order.map(({ gap }) => gap), issues }
}

/**
 * A value at a billionth of a percentile point: two wards equal in exact arithmetic (the same
 * percentiles reached in another order, need − supply on the percentile lattice) come out a
 * rounding error apart in floating point, and must still tie.
 */
function tieKey(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e9) / 1e9
}

function weightedMean(
  parts: readonly { weight: number; percentiles: readonly (number | null)[] }[],
  index: number,
): number | null {
  let sum = 0
  let weights = 0
  for (const part of parts) {
    const value = part.percentiles[index]
    if (value === null || value === undefined || !(part.weight > 0)) continue
    sum += part.weight * value
    weights += part.weight
  }
  return weights > 0 ? sum / weights : null
}

/** Sort key putting unknown values last when sorting descending. */
function rankKey(value: number | null): number {
  return value === null ? -Infinity : value
}
