import type { ListingMatch } from './time-bank'

/** How many matches are in one ward. */
export interface WardMatchCount {
  wardCode: string
  matches: number
}

/**
 * Counts matches per ward, for the map: a member's place is their ward, never a point, so the map
 * shades wards. Matches with no ward are left out (the list still shows them).
 *
 * @param matches - as `match_time_bank_listing` gives them
 * @returns one count per ward, most matches first, then by ward code
 * @example countMatchesByWard([{ wardCode: 'E05000001' }, { wardCode: 'E05000001' }]) // [{ wardCode: 'E05000001', matches: 2 }]
 */
export function countMatchesByWard(
  matches: ReadonlyArray<Pick<ListingMatch, 'wardCode'>>,
): WardMatchCount[] {
  const counts = new Map<string, number>()
  for (const { wardCode } of matches) {
    if (wardCode) counts.set(wardCode, (counts.get(wardCode) ?? 0) + 1)
  }
  return [...counts]
    .map(([wardCode, count]) => ({ wardCode, matches: count }))
    .sort((a, b) => b.matches - a.matches || a.wardCode.localeCompare(b.wardCode))
}
