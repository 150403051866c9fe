import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import type { PinnableKind } from '../../../core/assets/asset-kind-style'
import { coverageColours } from '../map/coverage-layer'
import type { ResidentCoverage } from '../worker/gap-analysis-result'

export interface CoverageLegendProps {
  residents: ResidentCoverage
  distanceMetres: number
  plannedCount: number
}

/**
 * The coverage layer's key, with its figures in words: how many small areas, and residents, are
 * beyond walking distance of the chosen kind.
 */
export function CoverageLegend({ residents, distanceMetres, plannedCount }: CoverageLegendProps) {
  let beyondAreas = 0
  let beyondPeople = 0
  let people = 0
  residents.covered.forEach((covered, i) => {
    const population = residents.population[i]!
    people += population
    if (!covered) {
      beyondAreas++
      beyondPeople += population
    }
  })
  const label = ASSET_KIND_LABELS[residents.kind as PinnableKind] ?? residents.kind
  const share = people > 0 ? Math.round((beyondPeople / people) * 100) : 0
  return (
    <div className="gap-coverage-legend" data-beyond-areas={beyondAreas}>
      <p>
        <span
          className="gap-coverage-legend__dot"
          style={{ background: coverageColours.beyond }}
          aria-hidden="true"
        />{' '}
        {beyondAreas.toLocaleString('en-GB')} small areas ({beyondPeople.toLocaleString('en-GB')}{' '}
        residents, {share}%) are more than {distanceMetres.toLocaleString('en-GB')} m from{' '}
        {label.toLowerCase()}
      </p>
      <p>
        <span
          className="gap-coverage-legend__ring"
          style={{ borderColor: coverageColours.within }}
          aria-hidden="true"
        />{' '}
        within reach: {(residents.covered.length - beyondAreas).toLocaleString('en-GB')} small areas
        {plannedCount > 0 ? (
          <>
            {' · '}
            <span
              className="gap-coverage-legend__dot"
              style={{ background: coverageColours.planned, borderColor: '#1d2733' }}
              aria-hidden="true"
            />{' '}
            {plannedCount} planned {plannedCount === 1 ? 'asset' : 'assets'}
          </>
        ) : null}
      </p>
    </div>
  )
}
