import type { CategoryLabel } from './category-labels'

/** A ward's time bank figures, as far as the viewer may see them. */
export interface TimeBankFacts {
  /** Active members in the last 12 months; null when fewer than 5 and hidden (the rule of 5). */
  activeMembers: number | null
  /** Hours they gave in the last 12 months; null with activeMembers. */
  hoursGiven: number | null
}

/** At most this many assets of the selected kinds in all is "few assets". */
const FEW_ASSETS = 2

/** What a reason is made of: figures already computed for one ward. */
export interface WardGapFacts {
  /** The region's name as readers know it. */
  regionName: string
  /** Need percentile (100 = most need), null when unknown. */
  needPercentile: number | null
  /** Adjective for need, default "deprived" (IMD); e.g. "in need" for other composites. */
  needWord?: string
  /** The selected categories' figures for the ward. */
  categories: readonly { label: CategoryLabel; count: number; coveragePct: number | null }[]
  /** Other supply counted, e.g. volunteers and partner schemes. */
  extras?: readonly { label: CategoryLabel; count: number }[]
  /** The ward's time banks, when they count in supply (absent: time banks are not counted). */
  timeBank?: TimeBankFacts
  /** Walking distance in metres (default 800, said as "a 10-minute walk" at 80 m a minute). */
  walkDistanceMetres?: number
}

const ORDINALS = ['', 'second ', 'third ', 'fourth ', 'fifth ']

/**
 * The plain-words reason for a ward's place in the gap ranking, e.g.
 * "most deprived tenth of <region> wards · 2 community spaces · 34% of residents within a 10-minute walk".
 * Percentages are rounded to whole numbers for reading (the figures themselves stay unrounded).
 *
 * @param facts the ward's need percentile and supply figures
 * @returns the reason, parts joined by " · "
 * @example
 * explainWardGap({ regionName: region.name, needPercentile: 95,
 *   categories: [{ label: { one: 'community space', many: 'community spaces' }, count: 2, coveragePct: 34.2 }] })
 * // 'most deprived tenth of <region> wards · 2 community spaces · 34% of residents within a 10-minute walk'
 */
export function explainWardGap(facts: WardGapFacts): string {
  const parts: string[] = []
  if (facts.needPercentile !== null) parts.push(describeNeed(facts))
  const walk = describeWalk(facts.walkDistanceMetres ?? 800)
  const single = facts.categories.length === 1
  for (const { label, count, coveragePct } of facts.categories) {
    const counted = `${count} ${count === 1 ? label.one : label.many}`
    const share =
      coveragePct === null
        ? 'no residents mapped in the ward'
        : `${Math.round(coveragePct)}% of residents within ${walk}`
    parts.push(single ? counted : `${counted} (${share})`)
    if (single) parts.push(share)
  }
  for (const { label, count } of facts.extras ?? []) {
    parts.push(`${count} ${count === 1 ? label.one : label.many}`)
  }
  if (facts.timeBank) parts.push(describeTimeBank(facts.timeBank, facts.categories))
  return parts.join(' · ')
}

function describeTimeBank(
  { activeMembers, hoursGiven }: TimeBankFacts,
  categories: WardGapFacts['categories'],
): string {
  if (activeMembers === null) return 'fewer than 5 active time bank members'
  if (activeMembers === 0) {
    const assets = categories.reduce((total, category) => total + category.count, 0)
    return categories.length > 0 && assets <= FEW_ASSETS
      ? 'few assets and no active time bank members in the ward'
      : 'no active time bank members in the ward'
  }
  const members = `${activeMembers} active time bank ${activeMembers === 1 ? 'member' : 'members'}`
  if (hoursGiven === null) return members
  // To a tenth of an hour: an hour and a half given is not 'two hours'.
  const hours = Math.round(hoursGiven * 10) / 10
  return `${members} (${hours.toLocaleString('en-GB')} ${hours === 1 ? 'hour' : 'hours'} given in 12 months)`
}

function describeNeed(facts: WardGapFacts): string {
  const word = facts.needWord ?? 'deprived'
  // Tenth 1 holds the top tenth of need percentiles (90–100), tenth 10 the bottom.
  const tenth = Math.min(10, Math.max(1, Math.ceil((100 - facts.needPercentile!) / 10)))
  const region = `${facts.regionName} wards`
  if (tenth <= 5) return `${ORDINALS[tenth - 1]}most ${word} tenth of ${region}`
  return `${ORDINALS[10 - tenth]}least ${word} tenth of ${region}`
}

function describeWalk(metres: number): string {
  const minutes = metres / 80
  if (Number.isInteger(minutes)) return `a ${minutes}-minute walk`
  return `${metres.toLocaleString('en-GB')} m`
}
