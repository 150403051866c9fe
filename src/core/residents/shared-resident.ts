import type { OfferGift } from './resident-offer'
import type { Availability, ContactMethod, OfferActivity, TravelRange } from './offer-choices'

/**
 * A resident as the programme's named partners see them: only while the resident's current
 * consent to share with partners stands, and only what its wording promises ("my offer and how to
 * contact me"), with where they live as a postcode sector and ward, never a point.
 */
export interface SharedResident {
  residentId: string
  displayName: string
  wardName: string | null
  authority: string | null
  postcodeSector: string | null
  gifts: (OfferGift & { label: string | null })[]
  activities: OfferActivity[]
  availability: Availability[]
  availabilityNote: string
  travel: TravelRange | null
  contact: { email: string | null; phone: string | null; preferred: ContactMethod | null }
  /** The consent's wording version and when it was given (ISO 8601). */
  consent: { version: string; givenAt: string }
}
