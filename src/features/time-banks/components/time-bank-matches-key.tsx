import type { ListingMatch } from '../../../core/time-banks/time-bank'
import type { ReadState } from '../../../db/use-port-query'
import { MATCH_COUNT_CLASSES } from '../map/time-bank-matches-layer'

/** On the map while a listing's matches are open: what the shaded wards mean. */
export function TimeBankMatchesKey({
  matches,
  wards,
}: {
  matches: ReadState<ListingMatch[]>
  wards: number
}) {
  return (
    <div className="tb-map-key" data-testid="time-bank-matches-key">
      <p role="status" className="tb-map-key__status">
        {matches.status === 'loading'
          ? 'Loading the matches…'
          : matches.status === 'failed'
            ? `The matches could not be loaded: ${matches.message}`
            : `Matches per ward: ${wards === 1 ? '1 ward' : `${wards} wards`}`}
      </p>
      <ul className="tb-map-key__legend">
        {MATCH_COUNT_CLASSES.map((band) => (
          <li key={band.from}>
            <span className="tb-map-key__swatch" style={{ background: band.colour }} aria-hidden />
            {band.label}
          </li>
        ))}
      </ul>
    </div>
  )
}
