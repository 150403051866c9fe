import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/test-database'
import { offer, runAs, writeTestRegion } from '../support/resident-fixtures'

// Attack: answers the form never sends, stored as if they were text: a name of zero-width
// characters only, control characters, a JSON object where a name goes. Each is refused with a
// message naming the field, and nothing is stored.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
})
afterAll(() => db.close())

async function refusal(payload: unknown): Promise<{ code?: string; message: string } | null> {
  return runAs(db, null, 'select public.submit_resident_offer($1::jsonb)', [
    JSON.stringify(payload),
  ]).then(
    () => null,
    (error: { code?: string; message: string }) => error,
  )
}

const cases: Array<[string, unknown, RegExp]> = [
  [
    'a name of zero-width characters only',
    offer({ display_name: '\u200b\u200c\u2060\ufeff' }),
    /name/,
  ],
  ['a name of no-break and em spaces only', offer({ display_name: '\u00a0\u2003\u3000' }), /name/],
  ['a name holding a control character', offer({ display_name: 'Sam\u0007 Bell' }), /name/],
  ['a name that is a JSON object', offer({ display_name: { first: 'Sam' } }), /name/],
  ['a name that is a list', offer({ display_name: ['Sam'] }), /name/],
  [
    'a gift described with invisible characters only',
    offer({ gifts: [{ kind: 'head', gift_type: null, description: '\u200b\u200d' }] }),
    /gift/i,
  ],
  [
    'a gift whose kind is a number',
    offer({ gifts: [{ kind: 1, gift_type: null, description: 'Tea' }] }),
    /kind/,
  ],
  ['gifts that are an object', offer({ gifts: { kind: 'head' } }), /gift/i],
  ['a note holding an escape character', offer({ availability_note: 'evenings\u001b[2J' }), /note/],
  ['a travel answer that is an object', offer({ travel: { km: 3 } }), /travel/],
  ['a wording version that is a list', offer({ wording_version: ['2026-11-23'] }), /wording/],
  ['a phone number that is a number', offer({ phone: 1245600700 }), /phone/],
]

describe('offer answers of the wrong type or holding invisible or control characters', () => {
  for (const [what, payload, field] of cases) {
    it(`refuses ${what}, naming the field`, async () => {
      const error = await refusal(payload)
      expect(error).toMatchObject({ code: '22023', message: expect.stringMatching(field) })
    })
  }
})
