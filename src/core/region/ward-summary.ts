/** One electoral ward as the app shows it: identity, people and deprivation. */
export interface WardSummary {
  /** GSS code, e.g. `E05004093`. */
  wardCode: string
  wardName: string
  /** Local authority district GSS code, e.g. `E07000070`. */
  ladCode: string
  ladName: string
  /** Census 2021 usual residents. */
  population: number
  /**
   * Population-weighted IMD 2025 score of the ward's LSOAs (not an official ward IMD: MHCLG
   * publishes none for wards). Null when the region has no IMD 2025 values.
   */
  imd2025Score: number | null
  /** 1 = most deprived ward of the region by `imd2025Score`. */
  imd2025Rank: number | null
  /** Tenth of the region's wards, 1 = most deprived tenth. */
  imd2025Tenth: number | null
  imd2019Score: number | null
  imd2019Rank: number | null
}
