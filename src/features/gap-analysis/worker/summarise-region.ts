import type { PreparedRegion } from '../../../core/analysis/types'

/** What the region's wards average, for comparing one ward with the whole. */
export interface RegionSummary {
  /** Population-weighted mean of each indicator over the wards that have it and people. */
  indicatorAverages: Readonly<Record<string, number | null>>
}

/**
 * The region's indicator averages, weighting each ward by its population (a ward without a
 * population or without the value takes no part), so that the average is the average resident's.
 *
 * @param region from prepareRegion (indicators already checked: null or finite)
 * @returns the averages; null for an indicator no ward has
 * @example summariseRegion(region).indicatorAverages.imd2025_score_popweighted // 19.6…
 */
export function summariseRegion(region: PreparedRegion): RegionSummary {
  const sums = new Map<string, { weighted: number; people: number }>()
  for (const ward of region.wards) {
    if (!ward.included || ward.population === null || !(ward.population > 0)) continue
    for (const [key, value] of Object.entries(ward.indicators)) {
      const sum = sums.get(key) ?? { weighted: 0, people: 0 }
      if (value !== null && Number.isFinite(value)) {
        sum.weighted += value * ward.population
        sum.people += ward.population
      }
      sums.set(key, sum)
    }
  }
  const indicatorAverages: Record<string, number | null> = {}
  for (const [key, { weighted, people }] of sums) {
    indicatorAverages[key] = people > 0 ? weighted / people : null
  }
  return { indicatorAverages }
}
