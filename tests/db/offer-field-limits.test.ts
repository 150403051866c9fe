import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OFFER_LIMITS } from '../../src/core/residents/offer-limits'
import { offer, runAs, writeTestRegion } from './support/resident-fixtures'
import { openTestDatabase, type TestDatabase } from './support/test-database'

// The offer form's limits (src/core/residents/offer-limits.ts) are the database's: the table
// checks say the same numbers, and submit_resident_offer takes exactly that many and refuses one
// more, so a resident never passes the form only to be refused on sending.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
})
afterAll(() => db.close())

type Field = keyof typeof OFFER_LIMITS

/** Where each limit stands in the tables' checks, as Postgres prints them. */
const TABLE_CHECKS: Partial<Record<Field, RegExp>> = {
  displayName: /residents_display_name_check .*char_length\(btrim\(display_name\)\) <= (\d+)/,
  giftDescription: /resident_gifts_description_check .*char_length\(description\) <= (\d+)/,
  availabilityNote:
    /resident_offer_preferences_availability_note_check .*char_length\(availability_note\) <= (\d+)/,
  email: /resident_contacts_email_check .*char_length\(email\) <= (\d+)/,
  statusReason: /residents_status_reason_check .*char_length\(status_reason\) <= (\d+)/,
}

it('has the same limits in the tables’ checks as in the form', async () => {
  const checks = await db.admin.query<{ line: string }>(
    `select c.conname || ' ' || pg_get_constraintdef(c.oid) as line from pg_constraint c
     where c.contype = 'c' and c.connamespace = 'public'::regnamespace`,
  )
  const found = Object.fromEntries(
    Object.entries(TABLE_CHECKS).map(([field, pattern]) => {
      const match = checks.map((check) => pattern.exec(check.line)).find(Boolean)
      return [field, match ? Number(match[1]) : null]
    }),
  )
  const expected = Object.fromEntries(
    Object.keys(TABLE_CHECKS).map((field) => [field, OFFER_LIMITS[field as Field]]),
  )
  expect(found).toEqual(expected)
})

/** An offer with `length` of the field (characters, or gifts). */
function offerWith(
  field: 'displayName' | 'giftDescription' | 'gifts' | 'availabilityNote' | 'email' | 'phone',
  length: number,
) {
  switch (field) {
    case 'displayName':
      return offer({ display_name: 'N'.repeat(length) })
    case 'giftDescription':
      return offer({ gifts: [{ kind: 'heart', gift_type: null, description: 'd'.repeat(length) }] })
    case 'gifts':
      return offer({
        gifts: Array.from({ length }, (_, i) => ({
          kind: 'head',
          gift_type: null,
          description: `Gift number ${i + 1}`,
        })),
      })
    case 'availabilityNote':
      return offer({ availability_note: 'a'.repeat(length) })
    case 'email': {
      // A valid address of exactly `length` characters: domain labels of at most 63.
      const head = 'e@'
      const tail = '.test'
      let domain = ''
      while (head.length + domain.length + tail.length < length) {
        const room = length - head.length - domain.length - tail.length
        domain +=
          domain === ''
            ? 'd'.repeat(Math.min(63, room))
            : `.${'d'.repeat(Math.min(63, room - 1) || 1)}`
      }
      return offer({ email: `${head}${domain}${tail}` })
    }
    case 'phone':
      // Spaces between the digits are allowed: a number written out to the full length.
      return offer({
        phone: `01245${' '.repeat(length - 11)}123456`,
        preferred_contact: 'phone',
      })
  }
}

const send = (payload: Record<string, unknown>, n: number) =>
  runAs(db, null, 'select public.submit_resident_offer($1::jsonb)', [JSON.stringify(payload)], {
    // Each attempt from its own address, so the per-address limit never answers instead.
    headers: { 'x-forwarded-for': `198.51.100.${n}` },
  })

describe('submit_resident_offer', () => {
  const fields = [
    'displayName',
    'giftDescription',
    'gifts',
    'availabilityNote',
    'email',
    'phone',
  ] as const
  it.each(fields.map((field, i) => [field, i] as const))(
    'takes the form’s most for %s and refuses one more',
    async (field, i) => {
      const limit = OFFER_LIMITS[field]
      await expect(send(offerWith(field, limit), 2 * i + 1)).resolves.toHaveLength(1)
      await expect(send(offerWith(field, limit + 1), 2 * i + 2)).rejects.toThrow()
    },
  )
})
