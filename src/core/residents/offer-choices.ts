// The fixed choices of the "Offer your gifts" form, with the words people see. The database checks
// the same values (supabase/migrations/20261123160000_resident_offers.sql).

/** What a resident would like to do with their gifts. */
export const OFFER_ACTIVITIES = [
  'one_off',
  'regular',
  'time_bank',
  'join_group',
  'start_something',
] as const
export type OfferActivity = (typeof OFFER_ACTIVITIES)[number]
export const OFFER_ACTIVITY_LABELS: Readonly<Record<OfferActivity, string>> = {
  one_off: 'Help now and then (one-off)',
  regular: 'Volunteer regularly',
  time_bank: 'Join the time bank (give an hour, get an hour)',
  join_group: 'Join a group',
  start_something: 'Start something new',
}

/** When a resident is free. */
export const AVAILABILITY = ['weekday_daytime', 'weekday_evening', 'weekend', 'flexible'] as const
export type Availability = (typeof AVAILABILITY)[number]
export const AVAILABILITY_LABELS: Readonly<Record<Availability, string>> = {
  weekday_daytime: 'Weekday daytimes',
  weekday_evening: 'Weekday evenings',
  weekend: 'Weekends',
  flexible: 'It varies',
}

/** How far a resident would travel. */
export const TRAVEL_RANGES = ['under_1_km', 'up_to_3_km', 'up_to_10_km', 'anywhere'] as const
export type TravelRange = (typeof TRAVEL_RANGES)[number]
/** The travel ranges in words; `regionName` names the widest ("Anywhere in …"). */
export const travelRangeLabels = (regionName: string): Readonly<Record<TravelRange, string>> => ({
  under_1_km: 'My street or neighbourhood (under 1 km)',
  up_to_3_km: 'Around my town (up to 3 km)',
  up_to_10_km: 'Nearby towns (up to 10 km)',
  anywhere: `Anywhere in ${regionName}`,
})

/** How a resident would like to be contacted. */
export const CONTACT_METHODS = ['email', 'phone', 'text'] as const
export type ContactMethod = (typeof CONTACT_METHODS)[number]
export const CONTACT_METHOD_LABELS: Readonly<Record<ContactMethod, string>> = {
  email: 'Email',
  phone: 'Phone call',
  text: 'Text message',
}
