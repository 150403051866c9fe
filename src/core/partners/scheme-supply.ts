import type { ExtraSupply } from '../analysis/compute-ward-gaps'

import type { WardSchemeSupply } from './partner'

/**
 * Partner schemes as supply in the gap analysis (docs/partners.md, "Gap analysis"): one part,
 * schemes per 1,000 residents, weight 1, said in the reasons ("3 partner schemes"). The counts
 * come from the database whichever engine computes the asset figures, so the browser and the SQL
 * twin rank with the same schemes. A scheme whose only venue is a sensitive place is in no ward's
 * count (the database never places it).
 *
 * @param rows per ward, as scheme_ward_supply returns them (wards missing have none)
 * @returns the extra supply part for computeWardGaps, and each ward's count for the profile
 * @example
 * schemeSupply([{ wardCode: 'E05000001', schemes: 3 }]).extraSupply.perWard // { E05000001: 3 }
 */
export function schemeSupply(rows: readonly WardSchemeSupply[]): {
  extraSupply: ExtraSupply
  perWard: Record<string, number>
} {
  const perWard: Record<string, number> = {}
  for (const row of rows) perWard[row.wardCode] = (perWard[row.wardCode] ?? 0) + row.schemes
  return {
    extraSupply: {
      key: 'partner_schemes',
      label: { one: 'partner scheme', many: 'partner schemes' },
      perWard,
      weight: 1,
    },
    perWard,
  }
}
