import type { Listing } from '../../../core/time-banks/time-bank'
import { FREQUENCY_LABELS } from '../../../core/time-banks/time-bank-labels'
import { MatchList } from './match-list'
import { WriteButton } from './write-button'

export interface ListingListProps {
  listings: readonly Listing[]
  /** The listing whose matches are open (and counted per ward on the map), if any. */
  openId: string | null
  onOpen: (listingId: string | null) => void
  canIntroduce: boolean
  /** Offer "Close" (no longer needed or offered). */
  canClose: boolean
}

/** Offers and requests, each with its matches on demand. */
export function ListingList({
  listings,
  openId,
  onOpen,
  canIntroduce,
  canClose,
}: ListingListProps) {
  return (
    <ul className="tb-listings">
      {listings.map((listing) => {
        const open = listing.listingId === openId
        const matchesId = `tb-matches-${listing.listingId}`
        return (
          <li key={listing.listingId} className="tb-listing">
            <p className="tb-listing__title">
              <span className={`tb-tag tb-tag--${listing.direction}`}>
                {listing.direction === 'offer' ? 'Offer' : 'Request'}
              </span>{' '}
              <strong>{listing.title}</strong>
              {canIntroduce ? <> · {listing.displayName}</> : null}
            </p>
            <p className="muted tb-listing__facts">
              {[
                listing.giftLabel,
                FREQUENCY_LABELS[listing.frequency],
                listing.wardName,
                listing.whenNote || null,
                listing.needsDbs ? 'Needs a DBS check' : null,
                listing.status === 'closed' ? 'Closed' : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {listing.status === 'open' ? (
              <div className="tb-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-expanded={open}
                  aria-controls={matchesId}
                  onClick={() => onOpen(open ? null : listing.listingId)}
                >
                  {open ? 'Hide matches' : 'Show matches'}
                  <span className="visually-hidden"> for {listing.title}</span>
                </button>
                {canClose ? (
                  <WriteButton
                    label="Close"
                    busyLabel="Closing…"
                    accessibleName={`Close ${listing.title}`}
                    secondary
                    write={(port) => port.timeBanks.closeListing(listing.listingId)}
                  />
                ) : null}
              </div>
            ) : null}
            <div id={matchesId}>
              {open ? <MatchList listing={listing} canIntroduce={canIntroduce} /> : null}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
