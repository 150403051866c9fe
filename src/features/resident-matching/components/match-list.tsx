import { GIFT_KIND_LABELS } from '../../../core/residents/gift-kind'
import { groupMatchesByBand } from '../../../core/residents/group-matches-by-band'
import { CONTACT_METHOD_LABELS, travelRangeLabels } from '../../../core/residents/offer-choices'
import { region } from '../../../config/region'
import type { DistanceMatch } from '../../../core/residents/resident-offer'

const bandHeading = { 'under 1 km': 'Under 1 km', '1–3 km': '1 to 3 km', 'over 3 km': 'Over 3 km' }

/** Matched residents under a heading per distance band; every text as text, never as HTML. */
export function MatchList({ matches }: { matches: readonly DistanceMatch[] }) {
  if (matches.length === 0) {
    return (
      <p role="status">
        Nobody within 20 km who agreed to be contacted by a community builder offers these gifts.
      </p>
    )
  }
  return (
    <div className="match-list">
      <p role="status">
        {matches.length === 1 ? '1 resident' : `${matches.length} residents`} found, by how far
        their postcode sector is from the place (a band, never a distance).
      </p>
      {groupMatchesByBand(matches).map(({ band, matches: inBand }) => (
        <section key={band} className="match-list__band" aria-label={bandHeading[band]}>
          <h3 className="match-list__band-heading">
            {bandHeading[band]} ({inBand.length})
          </h3>
          {inBand.length === 0 ? (
            <p className="match-list__none">Nobody in this band.</p>
          ) : (
            <ul className="match-list__items">
              {inBand.map((match) => (
                <li key={match.residentId} className="match-list__item" data-testid="match">
                  <p className="match-list__name">{match.displayName}</p>
                  <p className="match-list__fact">
                    {match.wardName ? `Lives in ${match.wardName}` : 'Ward not known'}
                    {match.travel
                      ? ` · would travel: ${travelRangeLabels(region.name)[match.travel]}`
                      : ''}
                  </p>
                  <ul className="match-list__gifts" aria-label={`${match.displayName}'s gifts`}>
                    {match.gifts.map((gift, index) => (
                      <li key={index}>
                        {GIFT_KIND_LABELS[gift.kind].label}:{' '}
                        {[gift.label, gift.description].filter(Boolean).join(' — ')}
                      </li>
                    ))}
                  </ul>
                  <Contact contact={match.contact} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  )
}

function Contact({ contact }: { contact: DistanceMatch['contact'] }) {
  const ways = [
    contact.email ? { key: 'email', text: `Email ${contact.email}` } : null,
    contact.phone ? { key: 'phone', text: `Phone ${contact.phone}` } : null,
  ].filter((way) => way !== null)
  return (
    <p className="match-list__fact">
      {ways.length === 0 ? 'No contact details given' : ways.map((way) => way.text).join(' · ')}
      {contact.preferred ? ` (prefers: ${CONTACT_METHOD_LABELS[contact.preferred]})` : ''}
    </p>
  )
}
