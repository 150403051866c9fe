import { z } from 'zod'
import type { WardSchemeSupply } from '../../core/partners/scheme-supply'

/** A row of `scheme_ward_supply()` (docs/partners.md). */
export const schemeSupplyRowSchema = z.object({
  ward_code: z.string(),
  schemes: z.number().int().nonnegative(),
})

export function toWardSchemeSupply(row: unknown): WardSchemeSupply {
  const value = schemeSupplyRowSchema.parse(row)
  return { wardCode: value.ward_code, schemes: value.schemes }
}
