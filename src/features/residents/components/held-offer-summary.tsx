import { CONSENT_PURPOSE_LABELS } from '../../../core/residents/consent-purpose'
import type { HeldOffer } from '../../../core/residents/resident-offer'
import {
  describeActivities,
  describeAvailability,
  describeContactMethod,
  describeGift,
  describeTravel,
} from './describe-offer'
import { Lines, SummaryList } from './summary-list'

const STATUS: Readonly<Record<HeldOffer['status'], string>> = {
  pending: 'Waiting for a community builder to look at it',
  approved: 'Approved',
  rejected: 'Not taken up',
}

/** How a builder connected the resident to a place or group (issue 4, item 8). */
const CONNECTION: Readonly<Record<HeldOffer['connections'][number]['relation'], string>> = {
  member_of: 'Member of',
  volunteers_at: 'Volunteer at',
  runs: 'Runs',
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })

const HOW: Readonly<Record<HeldOffer['consents'][number]['givenHow'], string>> = {
  online: 'online',
  verbal: 'in conversation',
  paper: 'on paper',
}

/** A consent as it stands now first ("withdrawn" or "agreed"), then its history. */
const describeConsent = (c: HeldOffer['consents'][number]) => {
  const given = `agreed ${HOW[c.givenHow]} on ${when(c.givenAt)} (wording of ${c.wordingVersion})`
  return c.withdrawnAt
    ? `${CONSENT_PURPOSE_LABELS[c.purpose]}: withdrawn on ${when(c.withdrawnAt)}; you had ${given}`
    : `${CONSENT_PURPOSE_LABELS[c.purpose]}: ${given}`
}

/** Everything held about one offer, as text (names and gifts exactly as typed, never as HTML). */
export function HeldOfferSummary({ offer }: { offer: HeldOffer }) {
  const area = [
    offer.area.postcodeSector ? `postcode sector ${offer.area.postcodeSector}` : null,
    offer.area.wardName ? `${offer.area.wardName} ward` : null,
    offer.area.authority,
  ].filter((part): part is string => part !== null)
  return (
    <SummaryList
      rows={[
        { key: 'name', label: 'Name', value: offer.displayName },
        {
          key: 'status',
          label: 'Status',
          value: offer.statusReason
            ? `${STATUS[offer.status]}: ${offer.statusReason}`
            : STATUS[offer.status],
        },
        {
          key: 'gifts',
          label: 'Gifts',
          value: (
            <Lines
              items={offer.gifts.map((gift) =>
                describeGift(gift.kind, gift.label ?? gift.description),
              )}
            />
          ),
        },
        {
          key: 'activities',
          label: 'What you would like to do',
          value: <Lines items={describeActivities(offer.preferences?.activities ?? [])} />,
        },
        {
          key: 'availability',
          label: 'When you are free',
          value: (
            <Lines
              items={[
                ...describeAvailability(offer.preferences?.availability ?? []),
                ...(offer.preferences?.availabilityNote
                  ? [offer.preferences.availabilityNote]
                  : []),
              ]}
            />
          ),
        },
        {
          key: 'travel',
          label: 'How far you would travel',
          value: describeTravel(offer.preferences?.travel ?? null),
        },
        { key: 'email', label: 'Email address', value: offer.contact?.email ?? 'None' },
        { key: 'phone', label: 'Phone number', value: offer.contact?.phone ?? 'None' },
        {
          key: 'preferred',
          label: 'How to contact you',
          value: describeContactMethod(offer.contact?.preferredContact ?? null),
        },
        {
          key: 'home',
          label: 'Postcode (only you and administrators see it)',
          value: offer.home ? offer.home.postcode : 'None',
        },
        {
          key: 'area',
          label: 'Your area (what community builders see)',
          value: area.join(', ') || 'Unknown',
        },
        {
          key: 'consents',
          label: 'What you agreed to',
          value: <Lines items={offer.consents.map(describeConsent)} />,
        },
        {
          key: 'connections',
          label: 'Connected to',
          value: (
            <Lines
              items={offer.connections.map(
                (c) => `${CONNECTION[c.relation]} ${c.assetName} (since ${when(c.since)})`,
              )}
            />
          ),
        },
        { key: 'sent', label: 'Sent', value: when(offer.createdAt) },
        {
          key: 'confirmed',
          label: 'Confirmed',
          value: offer.confirmedAt
            ? when(offer.confirmedAt)
            : 'Not yet (unconfirmed offers are deleted after 90 days)',
        },
        {
          key: 'history',
          label: 'Changes recorded',
          value: `${offer.history.length} (which columns changed and when, never the values)`,
        },
      ]}
    />
  )
}
