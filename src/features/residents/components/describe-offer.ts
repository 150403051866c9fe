import { consentWording, type ConsentPurpose } from '../../../core/residents/consent-purpose'
import { GIFT_KIND_LABELS, type GiftKind } from '../../../core/residents/gift-kind'
import {
  AVAILABILITY_LABELS,
  CONTACT_METHOD_LABELS,
  OFFER_ACTIVITY_LABELS,
  travelRangeLabels,
  type Availability,
  type ContactMethod,
  type OfferActivity,
  type TravelRange,
} from '../../../core/residents/offer-choices'
import { region } from '../../../config/region'

const TRAVEL_RANGE_LABELS = travelRangeLabels(region.name)
const CONSENT_WORDING = consentWording(region.partners)

/** A gift in words: "Hands: Gardening" or "Heart: Chatting with people who live alone". */
export function describeGift(kind: GiftKind, text: string): string {
  return `${GIFT_KIND_LABELS[kind].label}: ${text}`
}

export const describeActivities = (values: readonly string[]) =>
  values.map((value) => OFFER_ACTIVITY_LABELS[value as OfferActivity] ?? value)

export const describeAvailability = (values: readonly string[]) =>
  values.map((value) => AVAILABILITY_LABELS[value as Availability] ?? value)

export const describeTravel = (value: string | null) =>
  value ? (TRAVEL_RANGE_LABELS[value as TravelRange] ?? value) : 'Not given'

export const describeContactMethod = (value: string | null) =>
  value ? (CONTACT_METHOD_LABELS[value as ContactMethod] ?? value) : 'No preference'

export const describeConsents = (values: readonly string[]) =>
  values.map((value) => CONSENT_WORDING[value as ConsentPurpose] ?? value)
