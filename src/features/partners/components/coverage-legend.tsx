import type { CoverageStatus } from '../../../core/partners/partner'
import { COVERAGE_STYLE } from '../coverage-status'

/** The coordination map's key: each status shown, its colour, meaning and number of wards. */
export function CoverageLegend({
  statuses,
  counts,
}: {
  statuses: readonly CoverageStatus[]
  counts: Readonly<Record<CoverageStatus, number>>
}) {
  return (
    <ul className="partners-legend" aria-label="Key">
      {statuses.map((status) => (
        <li key={status}>
          <span
            className="partners-swatch"
            style={{ background: COVERAGE_STYLE[status].colour }}
            aria-hidden="true"
          />{' '}
          <strong>{COVERAGE_STYLE[status].label}</strong>: {COVERAGE_STYLE[status].meaning} (
          {counts[status]} {counts[status] === 1 ? 'ward' : 'wards'})
        </li>
      ))}
    </ul>
  )
}
