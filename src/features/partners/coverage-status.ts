import type { CoverageStatus, SchemeTheme, WardCoverage } from '../../core/partners/partner'

/**
 * The coordination map's colours and words per ward status. Overlap and gap are the two a
 * coordinator acts on, so they carry the strong colours; the legend and the table say the same in
 * words (colour is never the only cue).
 */
export const COVERAGE_STYLE: Readonly<
  Record<CoverageStatus, { colour: string; label: string; meaning: string }>
> = {
  overlap: { colour: '#7b3294', label: 'Overlap', meaning: '2 or more schemes run here' },
  gap: { colour: '#d7301f', label: 'Gap', meaning: 'high need (top fifth) and no scheme' },
  covered: { colour: '#4d9221', label: 'Covered', meaning: 'one scheme runs here' },
  none: { colour: '#e3e6ea', label: 'None', meaning: 'no scheme, need not high' },
}

/** The statuses a theme's map can show: without a need indicator there is never a gap. */
export function shownStatuses(theme: SchemeTheme | undefined): CoverageStatus[] {
  return theme?.needIndicator
    ? ['overlap', 'gap', 'covered', 'none']
    : ['overlap', 'covered', 'none']
}

/**
 * What the coordination view says of the theme's need, in words.
 *
 * @example describeThemeNeed({ label: 'Crime prevention', needIndicator: 'imd2025_crime_score',
 *   needLabel: 'IMD 2025 crime domain score', … })
 * // 'Need: IMD 2025 crime domain score. A gap is a ward in the top fifth of need with no scheme.'
 */
export function describeThemeNeed(theme: SchemeTheme): string {
  if (!theme.needIndicator) {
    return `${theme.label} has no measure of need, so this view shows overlaps only (no gaps).`
  }
  return `Need: ${theme.needLabel ?? theme.needIndicator}. A gap is a ward in the top fifth of need with no scheme.`
}

/** How many wards have each status, for the legend. */
export function countStatuses(
  wards: readonly WardCoverage[],
): Readonly<Record<CoverageStatus, number>> {
  const counts: Record<CoverageStatus, number> = { overlap: 0, gap: 0, covered: 0, none: 0 }
  for (const ward of wards) counts[ward.status] += 1
  return counts
}

/**
 * The table's order: overlaps and gaps first (what a coordinator acts on), then by schemes
 * (most first), need (highest first) and name.
 */
export function sortCoverage(wards: readonly WardCoverage[]): WardCoverage[] {
  const order: Record<CoverageStatus, number> = { overlap: 0, gap: 1, covered: 2, none: 3 }
  return [...wards].sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      b.schemes - a.schemes ||
      (b.needPercentile ?? -1) - (a.needPercentile ?? -1) ||
      a.wardName.localeCompare(b.wardName, 'en-GB'),
  )
}
