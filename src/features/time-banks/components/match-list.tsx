import { useState } from 'react'
import { AVAILABILITY_LABELS } from '../../../core/residents/offer-choices'
import { newClientId } from '../../../core/time-banks/new-client-id'
import type { Listing } from '../../../core/time-banks/time-bank'
import {
  DBS_STATE_LABELS,
  DISTANCE_BAND_LABELS,
  RECENCY_LABELS,
} from '../../../core/time-banks/time-bank-labels'
import { useMatches } from '../api/time-bank-queries'
import { ReadStateView } from '../../../components/ui/read-state-view'
import { WriteButton } from './write-button'

/**
 * The listings that match `listing` (offers for a request, requests for an offer), best first,
 * each with where (a ward and a distance band between postcode sectors, never a distance), when
 * both are free, the DBS check and how recently the member was active. Coordinators introduce.
 */
export function MatchList({ listing, canIntroduce }: { listing: Listing; canIntroduce: boolean }) {
  const matches = useMatches(listing.listingId)
  const other = listing.direction === 'request' ? 'offers' : 'requests'
  // One client-made id per introduction shown, so that a second press is the same introduction.
  const [ids] = useState(() => new Map<string, string>())
  const idFor = (key: string) => {
    if (!ids.has(key)) ids.set(key, newClientId())
    return ids.get(key) ?? key
  }
  return (
    <ReadStateView
      read={matches}
      what="the matches"
      empty={`No ${other} match “${listing.title}” yet.`}
    >
      {(found) => (
        <ol className="tb-matches" aria-label={`Matches for ${listing.title}`}>
          {found.map((match) => (
            <li key={match.listingId} className="tb-match">
              <p className="tb-match__title">
                <strong>{match.displayName}</strong>: {match.title}{' '}
                <span className="muted">({match.giftLabel})</span>
              </p>
              <p className="tb-match__facts">
                {[
                  match.wardName ?? 'Ward not known',
                  match.distanceBand ? DISTANCE_BAND_LABELS[match.distanceBand] : null,
                  match.bankId !== listing.bankId ? match.bankName : null,
                  match.sharedAvailability.length
                    ? `Both free: ${match.sharedAvailability.map((a) => AVAILABILITY_LABELS[a]).join(', ')}`
                    : null,
                  DBS_STATE_LABELS[match.dbs],
                  RECENCY_LABELS[match.lastActive],
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {canIntroduce ? (
                <WriteButton
                  label="Introduce"
                  busyLabel="Introducing…"
                  accessibleName={`Introduce ${match.displayName} to ${listing.displayName}`}
                  secondary
                  write={(port) =>
                    listing.direction === 'request'
                      ? port.timeBanks.introduce(
                          idFor(match.listingId),
                          listing.listingId,
                          match.listingId,
                          null,
                        )
                      : port.timeBanks.introduce(
                          idFor(match.listingId),
                          match.listingId,
                          listing.listingId,
                          null,
                        )
                  }
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </ReadStateView>
  )
}
