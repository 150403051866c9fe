import { describe, expect, it } from 'vitest'
import { EMPTY_DRAFT, toResidentOffer, type OfferDraft } from './offer-draft'
import { nextStepPath, previousStepPath } from './offer-steps'

const draft = (overrides: Partial<OfferDraft>): OfferDraft => ({
  ...EMPTY_DRAFT,
  displayName: 'Sam',
  giftTypes: ['gardening'],
  activities: ['time_bank'],
  availability: ['weekend'],
  travel: 'under_1_km',
  email: 'sam@example.test',
  postcode: 'ZZ1 1AB',
  consents: ['counted_on_map'],
  timeBankId: 'north-id',
  timeBankName: 'North Time Bank',
  ...overrides,
})
const gifts = [{ code: 'gardening', kind: 'hands' as const, label: 'Gardening' }]

describe('the offer sent with a time bank', () => {
  it('applies to the bank chosen, with the join_time_bank consent, once the resident agrees', () => {
    const offer = toResidentOffer(draft({ joinTimeBank: true }), gifts)
    expect(offer.timeBankId).toBe('north-id')
    expect(offer.consents).toEqual(['counted_on_map', 'join_time_bank'])
  })

  it('applies to no bank without the agreement, or without "Join the time bank"', () => {
    for (const offer of [
      toResidentOffer(draft({ joinTimeBank: false }), gifts),
      toResidentOffer(draft({ joinTimeBank: true, activities: ['one_off'] }), gifts),
    ]) {
      expect(offer.timeBankId).toBeNull()
      expect(offer.consents).toEqual(['counted_on_map'])
    }
  })
})

describe('the pages asked', () => {
  it('asks which time bank after the postcode only of residents joining one', () => {
    expect(nextStepPath('postcode', { activities: ['time_bank'] })).toBe('/offer/time-bank')
    expect(nextStepPath('postcode', { activities: ['one_off'] })).toBe('/offer/consent')
    expect(previousStepPath('consent', { activities: ['one_off'] })).toBe('/offer/postcode')
    expect(previousStepPath('consent', { activities: ['time_bank'] })).toBe('/offer/time-bank')
  })
})
