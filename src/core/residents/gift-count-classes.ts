/** A class of the gifts map: wards with `from` to `to` people (`to` null: and more). */
export interface GiftCountClass {
  from: number
  to: number | null
  /** As the legend says it, e.g. "10 to 19 people". */
  label: string
}

/**
 * The classes of the public gifts map. Fixed steps rather than quantiles, so that a ward's colour
 * means the same number this month as next and a legend read once stays true; they start at 5
 * because a smaller ward never has a figure of its own (resident_counts_by_area).
 */
export const GIFT_COUNT_CLASSES: readonly GiftCountClass[] = [
  { from: 5, to: 9, label: '5 to 9 people' },
  { from: 10, to: 19, label: '10 to 19 people' },
  { from: 20, to: 49, label: '20 to 49 people' },
  { from: 50, to: null, label: '50 or more people' },
]

/**
 * The class a ward's figure falls in.
 *
 * @param people - people offering gifts in the ward (5 or more: smaller wards have no figure)
 * @returns the index into {@link GIFT_COUNT_CLASSES}, or -1 below the first class
 * @example giftCountClass(12) // 1
 */
export function giftCountClass(people: number): number {
  return GIFT_COUNT_CLASSES.findLastIndex((step) => people >= step.from)
}
