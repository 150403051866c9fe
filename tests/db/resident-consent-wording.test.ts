import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CONSENT_PURPOSES,
  consentWording,
  CONSENT_WORDING_VERSION,
} from '../../src/core/residents/consent-purpose'
import { region } from '../../src/config/region'
import { GIFT_KINDS } from '../../src/core/residents/gift-kind'
import { OFFER_ACTIVITIES, TRAVEL_RANGES } from '../../src/core/residents/offer-choices'
import { openTestDatabase, type TestDatabase } from './support/test-database'

// The form shows the consent wording from src/core/residents; the database records the version
// agreed to and holds its words. They must be the same words, and the same lists of choices.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

const enumValues = async (type: string) =>
  (
    await db.admin.query<{ value: string }>(
      `select unnest(enum_range(null::${type}))::text as value`,
    )
  ).map((row) => row.value)

describe('the offer form and the database agree', () => {
  it('on the words of each consent, in the version the form records', async () => {
    const rows = await db.admin.query<{ purpose: string; wording: string }>(
      `select purpose::text, wording from public.consent_wordings where version = $1 order by purpose`,
      [CONSENT_WORDING_VERSION],
    )
    expect(Object.fromEntries(rows.map((row) => [row.purpose, row.wording]))).toEqual(
      consentWording(region.partners),
    )
  })

  it('on the purposes, kinds of gift, activities and travel ranges', async () => {
    expect(await enumValues('public.consent_purpose')).toEqual([...CONSENT_PURPOSES])
    expect(await enumValues('public.gift_kind')).toEqual([...GIFT_KINDS])
    expect(await enumValues('public.offer_activity')).toEqual([...OFFER_ACTIVITIES])
    expect(await enumValues('public.travel_range')).toEqual([...TRAVEL_RANGES])
  })
})
