import './residents.css'
import { useState } from 'react'
import type { SharedResident } from '../../../core/residents/shared-resident'
import { useSharedResidents } from '../api/use-shared-residents'
import {
  describeActivities,
  describeAvailability,
  describeContactMethod,
  describeGift,
  describeTravel,
} from './describe-offer'
import { Lines, SummaryList } from './summary-list'
import { useFocusHeading } from './use-focus-heading'
import { usePageTitle } from './use-page-title'

/**
 * The programme's named partners' page (/offers/shared): residents who agreed to share their
 * offer and contact details with partners, while that consent stands, with a CSV download. The
 * database decides who may see it (partners only) and records every read and download.
 */
export function SharedResidentsPage() {
  usePageTitle('Residents shared with partners')
  const headingRef = useFocusHeading<HTMLHeadingElement>('shared')
  const { shared: state, download } = useSharedResidents()
  const [refusal, setRefusal] = useState<string | null>(null)
  return (
    <div className="residents-page residents-page--wide">
      <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
        Residents shared with partners
      </h1>
      <p>
        These residents agreed that their offer and how to contact them may be shared with the
        programme's named partners. Someone who withdraws that agreement leaves this list at once.
        Each time this list is opened or downloaded, it is recorded.
      </p>
      {state.status === 'loading' ? (
        <p role="status">Loading…</p>
      ) : state.status === 'failed' ? (
        <p className="form-message form-message--error" role="alert">
          {state.message}
        </p>
      ) : state.value.length === 0 ? (
        <p>No resident has agreed to share their offer with partners yet.</p>
      ) : (
        <>
          {refusal ? (
            <p className="form-message form-message--error" role="alert">
              {refusal}
            </p>
          ) : null}
          <p>
            <button
              type="button"
              className="button button--secondary residents-button"
              onClick={() => {
                setRefusal(null)
                download(state.value).catch((error: unknown) =>
                  setRefusal(error instanceof Error ? error.message : String(error)),
                )
              }}
            >
              Download{' '}
              {state.value.length === 1 ? 'this resident' : `these ${state.value.length} residents`}{' '}
              (CSV)
            </button>
          </p>
          <ul className="residents-cards">
            {state.value.map((resident) => (
              <li key={resident.residentId} className="residents-card">
                <SharedResidentCard resident={resident} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function SharedResidentCard({ resident }: { resident: SharedResident }) {
  const { contact } = resident
  return (
    <article aria-labelledby={`shared-${resident.residentId}`}>
      <h2 className="residents-subheading" id={`shared-${resident.residentId}`} dir="auto">
        {resident.displayName}
      </h2>
      <SummaryList
        rows={[
          {
            key: 'area',
            label: 'Area',
            value:
              [resident.postcodeSector, resident.wardName, resident.authority]
                .filter(Boolean)
                .join(', ') || 'Unknown',
          },
          {
            key: 'gifts',
            label: 'Gifts',
            value: (
              <Lines
                items={resident.gifts.map((g) => describeGift(g.kind, g.label ?? g.description))}
              />
            ),
          },
          {
            key: 'activities',
            label: 'Would like to',
            value: <Lines items={describeActivities(resident.activities)} />,
          },
          {
            key: 'availability',
            label: 'Free',
            value: (
              <Lines
                items={[
                  ...describeAvailability(resident.availability),
                  ...(resident.availabilityNote ? [resident.availabilityNote] : []),
                ]}
              />
            ),
          },
          { key: 'travel', label: 'Travel', value: describeTravel(resident.travel) },
          {
            key: 'contact',
            label: 'Contact',
            value: (
              <Lines
                items={[
                  ...(contact.email ? [contact.email] : []),
                  ...(contact.phone ? [contact.phone] : []),
                  `Prefers: ${describeContactMethod(contact.preferred)}`,
                ]}
              />
            ),
          },
          {
            key: 'consent',
            label: 'Agreed',
            value: `${resident.consent.givenAt.slice(0, 10)} (wording of ${resident.consent.version})`,
          },
        ]}
      />
    </article>
  )
}
