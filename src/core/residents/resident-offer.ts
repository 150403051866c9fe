import type { PersonRelation } from '../assets/person-link'
import type { ConsentMethod, ConsentPurpose } from './consent-purpose'
import type { GiftKind } from './gift-kind'
import type { TimeBankApplication } from './time-bank-choice'
import type { Availability, ContactMethod, OfferActivity, TravelRange } from './offer-choices'

/** A gift a resident can pick from the list. */
export interface GiftType {
  code: string
  kind: GiftKind
  label: string
}

/** One gift: a type from the list, the resident's own words, or both. */
export interface OfferGift {
  kind: GiftKind
  /** A {@link GiftType} code of the same kind, or null for a gift in their own words. */
  giftType: string | null
  description: string
}

/** A resident's answers to the "Offer your gifts" form. */
export interface ResidentOffer {
  displayName: string
  gifts: OfferGift[]
  activities: OfferActivity[]
  availability: Availability[]
  availabilityNote: string
  travel: TravelRange
  email: string
  phone: string
  preferredContact: ContactMethod | null
  postcode: string
  /** The purposes ticked; nothing is ticked until the resident ticks it. */
  consents: ConsentPurpose[]
  /** The wording version shown when they ticked. */
  wordingVersion: string
  /** The time bank they apply to (with the time_bank activity and the join_time_bank consent). */
  timeBankId?: string | null
}

/** A consent as recorded: what, which wording, when and how; withdrawn or not. */
export interface RecordedConsent {
  purpose: ConsentPurpose
  wordingVersion: string
  wording: string
  givenAt: string
  givenHow: ConsentMethod
  withdrawnAt: string | null
}

/** Everything held about one of a resident's offers, as the resident sees it. */
export interface HeldOffer {
  residentId: string
  displayName: string
  status: 'pending' | 'approved' | 'rejected'
  statusReason: string | null
  createdAt: string
  confirmedAt: string | null
  recordedOnBehalf: boolean
  area: {
    postcodeSector: string | null
    wardName: string | null
    authority: string | null
  }
  home: { postcode: string; lngLat: [number, number] } | null
  contact: { email: string | null; phone: string | null; preferredContact: ContactMethod } | null
  gifts: (OfferGift & { label: string | null })[]
  preferences: {
    activities: OfferActivity[]
    availability: Availability[]
    availabilityNote: string
    travel: TravelRange | null
  } | null
  consents: RecordedConsent[]
  /** The assets a builder connected them to (issue 4, item 8): how, the asset's name, since when. */
  connections: { relation: PersonRelation; assetName: string; since: string }[]
  /** The audit log's entries about these rows: actions and column names, never values. */
  history: { occurredAt: string; action: string; table: string; columns: string[] }[]
}

/** Subject access: everything held about the signed-in resident. */
export interface MyResidentData {
  generatedAt: string
  offers: HeldOffer[]
  /** Their applications to time banks and memberships. */
  timeBanks: TimeBankApplication[]
}

/** An offer in the builders' review queue: a coarsened area only, never the home or contact. */
export interface ReviewItem {
  residentId: string
  displayName: string
  status: 'pending' | 'approved' | 'rejected'
  statusReason: string | null
  createdAt: string
  confirmedAt: string | null
  recordedOnBehalf: boolean
  wardName: string | null
  authority: string | null
  postcodeSector: string | null
  gifts: (OfferGift & { label: string | null })[]
  activities: OfferActivity[]
  availability: Availability[]
  travel: TravelRange | null
  consents: ConsentPurpose[]
  duplicates: { residentId: string; displayName: string; reason: string }[]
}

/** People offering gifts in a ward, or in an authority (which also counts its small wards). */
export interface AreaCount {
  kind: 'ward' | 'authority'
  code: string
  name: string
  authorityCode: string
  authorityName: string
  people: number
}

/** How far a resident lives from a place, as bands (nearest first): never a distance. */
export const DISTANCE_BANDS = ['under 1 km', '1–3 km', 'over 3 km'] as const
export type DistanceBand = (typeof DISTANCE_BANDS)[number]

/**
 * A resident near a place, by distance band: never a distance. Only residents who agreed to be
 * contacted by a builder are matched, so each comes with how to contact them.
 */
export interface DistanceMatch {
  residentId: string
  displayName: string
  wardName: string | null
  band: DistanceBand
  gifts: (OfferGift & { label: string | null })[]
  travel: TravelRange | null
  contact: { email: string | null; phone: string | null; preferred: ContactMethod | null }
}
