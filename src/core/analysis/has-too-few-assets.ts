/**
 * Assets of the kinds counted per ward, on average, below which the ranking is called unfair.
 * Why one a ward: with fewer assets than wards, most wards must hold none, so supply can tell only
 * "some" from "none", every empty ward ties at the bottom of supply, and the ranking mostly
 * repeats need. It is a floor for a ranking worth reading, not a proof of a fair one
 * (docs/gap-analysis.md).
 */
export const MIN_ASSETS_PER_WARD = 1

/**
 * Whether too few assets are mapped for a fair ranking of the wards (MIN_ASSETS_PER_WARD).
 *
 * @param assets assets of the kinds counted as supply, inside the wards
 * @param wards wards ranked
 * @returns true when there are fewer than MIN_ASSETS_PER_WARD a ward
 * @example hasTooFewAssets(12, 257) // true
 */
export function hasTooFewAssets(assets: number, wards: number): boolean {
  return assets < wards * MIN_ASSETS_PER_WARD
}
