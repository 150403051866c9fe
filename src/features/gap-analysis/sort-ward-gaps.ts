import type { WardGapResult } from './worker/gap-analysis-result'

export type GapSortKey = 'rank' | 'name' | 'authority' | 'need' | 'supply' | 'gap'

/**
 * The ranking's rows in the order a column asks for. Unknown values (a ward with no rank, need or
 * supply) always go last, whichever way; ties keep the ranking's order.
 *
 * @param wards in ranking order
 * @param authorities local authority by ward code
 * @param key the column
 * @param descending largest (or last in the alphabet) first
 * @returns a new array
 * @example sortWardGaps(wards, authorities, 'need', true)[0] // the neediest ward
 */
export function sortWardGaps(
  wards: readonly WardGapResult[],
  authorities: ReadonlyMap<string, string>,
  key: GapSortKey,
  descending: boolean,
): WardGapResult[] {
  const value = (ward: WardGapResult): number | string | null => {
    switch (key) {
      case 'name':
        return ward.name
      case 'authority':
        return authorities.get(ward.code) ?? null
      default:
        return ward[key]
    }
  }
  const order = descending ? -1 : 1
  return wards
    .map((ward, index) => ({ ward, index, value: value(ward) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1
      }
      const compared =
        typeof a.value === 'string' && typeof b.value === 'string'
          ? a.value.localeCompare(b.value, 'en-GB')
          : Number(a.value) - Number(b.value)
      return compared * order || a.index - b.index
    })
    .map(({ ward }) => ward)
}
