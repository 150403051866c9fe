import { z } from 'zod'
import type { WardCategoryMetrics } from '../../core/analysis/list-ward-metrics'

const finite = z.number().refine(Number.isFinite, 'not a finite number')

/** A row of `public.ward_asset_metrics(…)`. */
export const wardMetricsRowSchema = z.object({
  ward_code: z.string(),
  ward_name: z.string(),
  category: z.string(),
  assets: z.number().int().nonnegative(),
  population: z.number().int().nonnegative().nullable(),
  rate_per_1000: finite.nullable(),
  coverage_pct: finite.min(0).max(100).nullable(),
  reach_mean: finite.nonnegative().nullable(),
  resident_points: z.number().int().nonnegative(),
})

/**
 * Validates the function's rows and turns them into the core's metrics; a ward's index is its
 * place in the rows' order (the boundary file's order, as the function returns them).
 *
 * @param rows as the driver returned them
 * @returns one entry per row
 */
export function toWardCategoryMetrics(rows: readonly unknown[]): WardCategoryMetrics[] {
  const wardIndex = new Map<string, number>()
  return rows.map((row) => {
    const value = wardMetricsRowSchema.parse(row)
    if (!wardIndex.has(value.ward_code)) wardIndex.set(value.ward_code, wardIndex.size)
    return {
      wardIndex: wardIndex.get(value.ward_code)!,
      wardCode: value.ward_code,
      wardName: value.ward_name,
      category: value.category,
      assets: value.assets,
      population: value.population,
      ratePer1000: value.rate_per_1000,
      coveragePct: value.coverage_pct,
      reachMean: value.reach_mean,
      residentPoints: value.resident_points,
    }
  })
}
