/**
 * What a resident may agree to, each on its own and none ticked for them. The wording is the
 * version in {@link CONSENT_WORDING_VERSION}; the database holds the same words
 * (public.consent_wordings, checked by tests/db/resident-consent-wording.test.ts) and records the
 * version with each consent.
 */
export const CONSENT_PURPOSES = [
  'contact_by_builder',
  'counted_on_map',
  'share_with_partners',
  'join_time_bank',
] as const
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]

/** The version (a date) of the wording below; a change of words is a new version. */
export const CONSENT_WORDING_VERSION = '2026-11-23'

/**
 * The words of each consent, as the form shows them and the database holds them.
 *
 * @param partners the programme's named partners (the region's `display.partners`)
 * @returns the wording by purpose
 * @example consentWording('the county council').share_with_partners // "… named partners: the county council."
 */
export const consentWording = (partners: string): Readonly<Record<ConsentPurpose, string>> => ({
  contact_by_builder: 'A community builder may contact me about my offer, in the way I chose.',
  counted_on_map:
    "I may be counted, with others, in the number of people offering gifts in my ward on the public map. I am never shown as a point, and a ward with fewer than 5 people is counted only in its district's total.",
  share_with_partners: `My offer and how to contact me may be shared with the programme's named partners: ${partners}.`,
  join_time_bank:
    'I apply to join the time bank I chose. Its coordinators may see my name, postcode sector, ward, when I am free and my gifts, and contact me about joining.',
})

/** Short names for lists ("Contact by a community builder"). */
export const CONSENT_PURPOSE_LABELS: Readonly<Record<ConsentPurpose, string>> = {
  contact_by_builder: 'Contact by a community builder',
  counted_on_map: 'Counted on the public map (ward totals only)',
  share_with_partners: 'Shared with named partners',
  join_time_bank: 'Applying to join the time bank',
}

/** How a consent was given: on the form, or to a builder in conversation or on paper. */
export type ConsentMethod = 'online' | 'verbal' | 'paper'
