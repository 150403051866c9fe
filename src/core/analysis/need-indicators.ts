/** A ward indicator the need composite can use. */
export interface NeedIndicatorDefinition {
  /** Key in a ward's `indicators` = the column of the source file. */
  key: string
  /** The region file it comes from, by its role in the region's manifest (data/regions/). */
  file: 'wardDeprivation' | 'wardPopulation'
  label: string
  higherIsNeedier: boolean
}

/**
 * The ward indicators parseRegion reads (see ../shared/data/PROVENANCE.md). The first is the
 * default need; IMD 2019 is the second.
 */
export const NEED_INDICATORS: readonly NeedIndicatorDefinition[] = [
  ['imd2025_score_popweighted', 'wardDeprivation', 'IMD 2025 score (population-weighted)'],
  ['imd2019_score_popweighted', 'wardDeprivation', 'IMD 2019 score (population-weighted)'],
  ['imd2025_income_rate_popweighted', 'wardDeprivation', 'IMD 2025 income deprivation rate'],
  [
    'imd2025_employment_rate_popweighted',
    'wardDeprivation',
    'IMD 2025 employment deprivation rate',
  ],
  [
    'imd2025_pct_pop_national_decile_1_2',
    'wardDeprivation',
    "% of residents in England's most deprived 20% (2025)",
  ],
  ['imd2019_income_rate_popweighted', 'wardDeprivation', 'IMD 2019 income deprivation rate'],
  [
    'imd2019_employment_rate_popweighted',
    'wardDeprivation',
    'IMD 2019 employment deprivation rate',
  ],
  [
    'imd2019_pct_pop_national_decile_1_2',
    'wardDeprivation',
    "% of residents in England's most deprived 20% (2019)",
  ],
  ['pct_age_65_plus', 'wardPopulation', '% of residents aged 65 or over'],
  ['pct_age_0_15', 'wardPopulation', '% of residents aged 0–15'],
].map(([key, file, label]) => ({
  key: key!,
  file: file as NeedIndicatorDefinition['file'],
  label: label!,
  higherIsNeedier: true,
}))
