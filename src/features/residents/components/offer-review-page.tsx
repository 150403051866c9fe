import './residents.css'
import { useState } from 'react'
import { FormField } from '../../../components/ui/form-field'
import { CONSENT_PURPOSE_LABELS } from '../../../core/residents/consent-purpose'
import type { ReviewItem } from '../../../core/residents/resident-offer'
import { useOffersForReview } from '../api/use-offers-for-review'
import {
  describeActivities,
  describeAvailability,
  describeGift,
  describeTravel,
} from './describe-offer'
import { RouteLink, type Navigate } from './route-link'
import { Lines, SummaryList } from './summary-list'
import { useFocusHeading } from './use-focus-heading'
import { usePageTitle } from './use-page-title'

/**
 * The builders' queue of residents' offers (/offers/review): pending first, each with its area
 * (never the home or contact), possible duplicates, and approve or reject with a reason.
 */
export function OfferReviewPage({ navigate }: { navigate: Navigate }) {
  usePageTitle("Residents' offers to review")
  const headingRef = useFocusHeading<HTMLHeadingElement>('review')
  const { queue, review } = useOffersForReview()
  return (
    <div className="residents-page residents-page--wide">
      <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
        Residents' offers to review
      </h1>
      <p>
        <RouteLink to="/offers/on-behalf" navigate={navigate}>
          Record an offer on someone's behalf (paper form or phone call)
        </RouteLink>
      </p>
      {queue.status === 'loading' ? (
        <p role="status">Loading…</p>
      ) : queue.status === 'failed' ? (
        <p className="form-message form-message--error" role="alert">
          {queue.message}
        </p>
      ) : queue.value.length === 0 ? (
        <p>There are no offers yet.</p>
      ) : (
        <ul className="residents-cards">
          {queue.value.map((item) => (
            <li key={item.residentId} className="residents-card">
              <ReviewCard item={item} review={review} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function ReviewCard({
  item,
  review,
}: {
  item: ReviewItem
  review: ReturnType<typeof useOffersForReview>['review']
}) {
  const [reason, setReason] = useState('')
  const [refusal, setRefusal] = useState<string | null>(null)
  const reasonId = `reason-${item.residentId}`
  const act = (status: 'approved' | 'rejected') => {
    setRefusal(null)
    review(item.residentId, status, status === 'rejected' ? reason : undefined).catch(
      (error: unknown) => setRefusal(error instanceof Error ? error.message : String(error)),
    )
  }
  return (
    <article aria-labelledby={`offer-${item.residentId}`}>
      <h2 className="residents-subheading" id={`offer-${item.residentId}`}>
        {item.displayName}
      </h2>
      {item.duplicates.length > 0 ? (
        <p className="residents-warning">
          Possible duplicate of{' '}
          {item.duplicates.map((d) => `${d.displayName} (${d.reason})`).join('; ')}
        </p>
      ) : null}
      <SummaryList
        rows={[
          {
            key: 'status',
            label: 'Status',
            value: `${item.status}${item.statusReason ? `: ${item.statusReason}` : ''}${item.confirmedAt ? '' : ' (not confirmed yet)'}${item.recordedOnBehalf ? ' (recorded by a builder)' : ''}`,
          },
          {
            key: 'area',
            label: 'Area',
            value:
              [item.postcodeSector, item.wardName, item.authority].filter(Boolean).join(', ') ||
              'Unknown',
          },
          {
            key: 'gifts',
            label: 'Gifts',
            value: (
              <Lines
                items={item.gifts.map((g) => describeGift(g.kind, g.label ?? g.description))}
              />
            ),
          },
          {
            key: 'activities',
            label: 'Would like to',
            value: <Lines items={describeActivities(item.activities)} />,
          },
          {
            key: 'availability',
            label: 'Free',
            value: <Lines items={describeAvailability(item.availability)} />,
          },
          { key: 'travel', label: 'Travel', value: describeTravel(item.travel) },
          {
            key: 'consents',
            label: 'Agreed to',
            value: <Lines items={item.consents.map((c) => CONSENT_PURPOSE_LABELS[c])} />,
          },
        ]}
      />
      {refusal ? (
        <p className="form-message form-message--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <FormField id={reasonId} label="Reason, if you reject it">
        <input
          id={reasonId}
          type="text"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </FormField>
      <div className="residents-actions">
        <button type="button" className="button residents-button" onClick={() => act('approved')}>
          Approve<span className="visually-hidden"> {item.displayName}</span>
        </button>
        <button
          type="button"
          className="button button--warning residents-button"
          onClick={() => act('rejected')}
        >
          Reject<span className="visually-hidden"> {item.displayName}</span>
        </button>
      </div>
    </article>
  )
}
