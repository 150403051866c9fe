import type { WardSummary } from '../../../core/region/ward-summary'
import { describeDeprivation } from '../describe-deprivation'

export interface WardInfoPanelProps {
  ward: WardSummary | null
  /** How many wards the deprivation ranks run over. */
  wardCount: number
  /** The region's name as readers know it (the region's manifest). */
  regionName: string
}

const numberFormat = new Intl.NumberFormat('en-GB')

/** The selected ward's name, authority, population and deprivation, as text. */
export function WardInfoPanel({ ward, wardCount, regionName }: WardInfoPanelProps) {
  const deprivation = ward ? describeDeprivation(ward, wardCount, regionName) : null
  return (
    <section className="ward-panel" aria-label="Selected ward">
      {/* Polite live region: a ward chosen on the map is read out without moving focus. */}
      <div aria-live="polite">
        <h2 className="ward-panel__heading">{ward ? ward.wardName : 'No ward selected'}</h2>
        {ward ? (
          <dl className="ward-panel__facts">
            <Fact term="Authority" value={ward.ladName} />
            <Fact
              term="Population"
              value={numberFormat.format(ward.population)}
              note="Census 2021"
            />
            <Fact
              term="Deprivation rank"
              value={deprivation?.rank ?? 'Not available'}
              note="IMD 2025"
            />
            {deprivation ? <Fact term="Deprivation tenth" value={deprivation.tenth} /> : null}
          </dl>
        ) : (
          <p className="ward-panel__hint">Click a ward on the map, or choose one from the list.</p>
        )}
      </div>
      {ward ? (
        <p className="ward-panel__note">
          Deprivation is the population-weighted average of the IMD 2025 scores of the ward’s
          neighbourhoods (LSOAs), ranked among {regionName}’s {wardCount} wards. It is not an
          official ward IMD: MHCLG publishes none for wards.
        </p>
      ) : null}
    </section>
  )
}

function Fact({ term, value, note }: { term: string; value: string; note?: string }) {
  return (
    <div className="ward-panel__fact">
      <dt>
        {term}
        {note ? <span className="ward-panel__fact-note"> ({note})</span> : null}
      </dt>
      <dd>{value}</dd>
    </div>
  )
}
