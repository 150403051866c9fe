import type { WardCoverage } from '../../../core/partners/partner'
import { COVERAGE_STYLE, sortCoverage } from '../coverage-status'

/**
 * The coordination map in a table, for keyboard and screen-reader users: every ward with its
 * status in words, its schemes' names and its need. A row's button selects the ward on the map.
 */
export function CoverageTable({
  wards,
  schemeNames,
  showNeed,
  selectedCode,
  onSelect,
}: {
  wards: readonly WardCoverage[]
  schemeNames: ReadonlyMap<string, string>
  showNeed: boolean
  selectedCode: string | null
  onSelect: (code: string) => void
}) {
  return (
    <div className="partners-table-wrap" tabIndex={0} role="region" aria-label="Wards by coverage">
      <table className="partners-table">
        <caption className="visually-hidden">Wards by coverage: overlaps and gaps first</caption>
        <thead>
          <tr>
            <th scope="col">Ward</th>
            <th scope="col">Status</th>
            <th scope="col">Schemes</th>
            {showNeed ? <th scope="col">Need percentile</th> : null}
          </tr>
        </thead>
        <tbody>
          {sortCoverage(wards).map((ward) => (
            <tr
              key={ward.wardCode}
              aria-selected={ward.wardCode === selectedCode ? true : undefined}
              className={ward.wardCode === selectedCode ? 'partners-table__selected' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={ward.wardCode === selectedCode}
                  onClick={() => onSelect(ward.wardCode)}
                >
                  {ward.wardName}
                </button>
              </th>
              <td>
                <span
                  className="partners-swatch"
                  style={{ background: COVERAGE_STYLE[ward.status].colour }}
                  aria-hidden="true"
                />{' '}
                {COVERAGE_STYLE[ward.status].label}
              </td>
              <td>
                {ward.schemes}
                {ward.schemeIds.length > 0
                  ? `: ${ward.schemeIds.map((id) => schemeNames.get(id) ?? 'a scheme').join(', ')}`
                  : ''}
              </td>
              {showNeed ? (
                <td>{ward.needPercentile === null ? '–' : Math.round(ward.needPercentile)}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
