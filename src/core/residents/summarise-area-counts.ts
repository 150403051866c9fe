import type { AreaCount } from './resident-offer'

/** A ward with its own figure (5 or more people). */
export interface WardFigure {
  code: string
  name: string
  people: number
}

/** An authority's total, the wards shown within it, and how many people are counted only here. */
export interface AuthorityFigures {
  code: string
  name: string
  /** Everyone counted in the authority, including its wards without a figure. */
  people: number
  /** Its wards with a figure of their own, by name. */
  wards: WardFigure[]
  /**
   * People in wards without a figure of their own (fewer than 5, or held back so that a small
   * number cannot be worked out by subtraction): the total less the wards shown.
   */
  peopleInOtherWards: number
}

/**
 * Groups the database's counts (resident_counts_by_area) by authority, for the table beside the
 * map. It adds nothing the counts do not already say: the people in wards without a figure are the
 * authority's total less its wards shown, which the database keeps at 0 or 5 and more.
 *
 * @param counts - ward and authority rows as the database returns them, in any order
 * @returns authorities by name, each with its wards by name
 * @example
 * summariseAreaCounts([
 *   { kind: 'ward', code: 'W1', name: 'Mill', authorityCode: 'A', authorityName: 'Vale', people: 6 },
 *   { kind: 'authority', code: 'A', name: 'Vale', authorityCode: 'A', authorityName: 'Vale', people: 9 },
 * ])[0].peopleInOtherWards // 3
 */
export function summariseAreaCounts(counts: readonly AreaCount[]): AuthorityFigures[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB')
  const authorities = new Map<string, AuthorityFigures>()
  const authorityOf = (count: AreaCount) => {
    let found = authorities.get(count.authorityCode)
    if (!found) {
      found = {
        code: count.authorityCode,
        name: count.authorityName,
        people: 0,
        wards: [],
        peopleInOtherWards: 0,
      }
      authorities.set(count.authorityCode, found)
    }
    return found
  }
  for (const count of counts) {
    const authority = authorityOf(count)
    if (count.kind === 'authority') authority.people = count.people
    else authority.wards.push({ code: count.code, name: count.name, people: count.people })
  }
  return [...authorities.values()]
    .map((authority) => ({
      ...authority,
      wards: authority.wards.sort(byName),
      peopleInOtherWards:
        authority.people - authority.wards.reduce((sum, ward) => sum + ward.people, 0),
    }))
    .sort(byName)
}
