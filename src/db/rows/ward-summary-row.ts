import { z } from 'zod'
import type { WardSummary } from '../../core/region/ward-summary'

// Postgres returns bigint ranks as strings from some drivers; accept both and keep numbers.
const count = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).nullable()

/** A row of the `ward_summaries` view. */
export const wardSummaryRowSchema = z.object({
  ward_code: z.string(),
  ward_name: z.string(),
  lad_code: z.string(),
  lad_name: z.string(),
  population: z.number(),
  imd2025_score: z.number().nullable(),
  imd2025_rank: count,
  imd2025_tenth: count,
  imd2019_score: z.number().nullable(),
  imd2019_rank: count,
})

/** Validates a row and turns it into the core type. */
export function toWardSummary(row: unknown): WardSummary {
  const value = wardSummaryRowSchema.parse(row)
  return {
    wardCode: value.ward_code,
    wardName: value.ward_name,
    ladCode: value.lad_code,
    ladName: value.lad_name,
    population: value.population,
    imd2025Score: value.imd2025_score,
    imd2025Rank: value.imd2025_rank,
    imd2025Tenth: value.imd2025_tenth,
    imd2019Score: value.imd2019_score,
    imd2019Rank: value.imd2019_rank,
  }
}
