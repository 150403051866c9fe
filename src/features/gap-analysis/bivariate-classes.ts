/** A third of the wards by need or by supply: 1 = lowest third, 3 = highest. */
export type Tercile = 1 | 2 | 3

/** One of the nine need × supply classes of the choropleth. */
export interface BivariateClass {
  need: Tercile
  supply: Tercile
}

const TERCILE_WORDS: Record<Tercile, string> = { 1: 'low', 2: 'middle', 3: 'high' }

/**
 * The 3 × 3 palette (Joshua Stevens's pink–teal bivariate scheme): need rises in pink up the
 * rows, supply rises in teal along the columns, so high need with low supply, the wards to look
 * at first, is the strongest pink, and high need with high supply the dark blue where both meet.
 * Indexed `[need − 1][supply − 1]`.
 */
export const BIVARIATE_PALETTE: readonly (readonly [string, string, string])[] = [
  ['#e8e8e8', '#ace4e4', '#5ac8c8'],
  ['#dfb0d6', '#a5add3', '#5698b9'],
  ['#be64ac', '#8c62aa', '#3b4994'],
]

/** Wards with no need or supply figure (e.g. no indicator value): hatched grey on the map. */
export const NO_CLASS_COLOUR = '#ffffff'

/**
 * The third a percentile falls in: below 100/3 is the lowest, 200/3 and above the highest.
 *
 * @param percentile 0–100, or null
 * @returns 1, 2 or 3, or null when the percentile is unknown
 * @example tercileOf(70) // 3
 */
export function tercileOf(percentile: number | null): Tercile | null {
  if (percentile === null || !Number.isFinite(percentile)) return null
  if (percentile < 100 / 3) return 1
  if (percentile < 200 / 3) return 2
  return 3
}

/**
 * The fill colour of a class.
 *
 * @param value the class, or null
 * @returns `#rrggbb`
 */
export function bivariateColour(value: BivariateClass | null): string {
  return value ? BIVARIATE_PALETTE[value.need - 1]![value.supply - 1]! : NO_CLASS_COLOUR
}

/**
 * A class in words, for the legend and screen readers, e.g. "high need, low supply".
 *
 * @param value the class
 * @returns the words
 */
export function describeBivariateClass(value: BivariateClass): string {
  return `${TERCILE_WORDS[value.need]} need, ${TERCILE_WORDS[value.supply]} supply`
}

/** Every class, highest need first, then lowest supply first: the legend's reading order. */
export const BIVARIATE_CLASSES: readonly BivariateClass[] = ([3, 2, 1] as const).flatMap((need) =>
  ([1, 2, 3] as const).map((supply) => ({ need, supply })),
)
