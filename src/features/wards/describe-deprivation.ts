import type { WardSummary } from '../../core/region/ward-summary'

/** A ward's deprivation in words, for the panel and the list. */
export interface DeprivationDescription {
  /** e.g. "12th most deprived of 257 <region> wards" */
  rank: string
  /** e.g. "1st tenth (the most deprived)" */
  tenth: string
}

/**
 * Puts a ward's rank and tenth in its region by population-weighted IMD 2025 score into words. Ranks run
 * from 1 = most deprived, so the words say "most deprived" rather than leave readers to guess the
 * direction of the scale.
 *
 * @param ward - the ward
 * @param wardCount - how many wards the ranks run over (all the region's wards)
 * @param regionName - the region's name as readers know it
 * @returns the two phrases, or null when the ward has no IMD 2025 values
 * @example describeDeprivation(ward, 257, region.name)?.rank // "3rd most deprived of 257 <region> wards"
 */
export function describeDeprivation(
  ward: Pick<WardSummary, 'imd2025Rank' | 'imd2025Tenth'>,
  wardCount: number,
  regionName: string,
): DeprivationDescription | null {
  if (ward.imd2025Rank === null || ward.imd2025Tenth === null) return null
  const tenthNote =
    ward.imd2025Tenth === 1
      ? ' (the most deprived)'
      : ward.imd2025Tenth === 10
        ? ' (the least deprived)'
        : ''
  return {
    rank: `${ordinal(ward.imd2025Rank)} most deprived of ${wardCount} ${regionName} wards`,
    tenth: `${ordinal(ward.imd2025Tenth)} tenth${tenthNote}`,
  }
}

function ordinal(n: number): string {
  const lastTwo = n % 100
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}
