import type { WardAnalysis } from './ward-analysis'

/** The figures for one ward and one category. */
export interface WardCategoryMetrics {
  wardIndex: number
  wardCode: string
  wardName: string
  category: string
  /** Assets of the category inside the ward. */
  assets: number
  /** The ward's Census 2021 population; null when unknown. */
  population: number | null
  /** assets ÷ population × 1000; null when the population is 0 or unknown. */
  ratePer1000: number | null
  /** % (0–100) of the ward's residents whose nearest asset is within the walking distance; null when the ward has no resident points (or they carry no one). */
  coveragePct: number | null
  /** Assets within the reach radius of a resident, averaged over the ward's residents; null without residents or when reach was skipped. */
  reachMean: number | null
  /** Resident points (LSOA or postcode centroids) inside the ward. */
  residentPoints: number
}

/**
 * The analysis as rows: every included ward (file order) × every category (analysis order), zero
 * counts included. Figures are unrounded; nothing is NaN (undefined ratios are null).
 *
 * @param analysis from createWardAnalysis
 * @returns one row per ward and category
 * @example
 * listWardMetrics(analysis)[0]
 * // { wardCode: 'E05002212', category: 'cultural', assets: 2, population: 9441, ratePer1000: 0.2118…, coveragePct: 34.1…, … }
 */
export function listWardMetrics(analysis: WardAnalysis): WardCategoryMetrics[] {
  const rows: WardCategoryMetrics[] = []
  const categoryTotal = analysis.categories.length
  analysis.region.wards.forEach((ward, w) => {
    if (!ward.included) return
    const residents = analysis.residentPopulation[w]!
    analysis.categories.forEach((category, c) => {
      const at = w * categoryTotal + c
      const assets = analysis.assetCounts[at]!
      const population = ward.population
      rows.push({
        wardIndex: w,
        wardCode: ward.code,
        wardName: ward.name,
        category,
        assets,
        population,
        ratePer1000: population !== null && population > 0 ? (assets / population) * 1000 : null,
        coveragePct: residents > 0 ? (analysis.coveredPopulation[at]! / residents) * 100 : null,
        reachMean:
          residents > 0 && analysis.reachPopulation !== null
            ? analysis.reachPopulation[at]! / residents
            : null,
        residentPoints: analysis.residentPointCount[w]!,
      })
    })
  })
  return rows
}
