import { afterAll, beforeAll, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/test-database'
import { offer, submitOffer, writeTestRegion } from '../support/resident-fixtures'

// Attack: the limit of 3 offers a day per email, stepped around by writing the same email with
// invisible characters (form feed, vertical tab, em space around it; no-break space, zero-width
// space, next line inside it), each hashed as another email, some stored inside the address.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
})
afterAll(() => db.close())

const EMAIL = 'sam.variant@example.test'
const VARIANTS = [
  EMAIL,
  `${EMAIL}\f`,
  `\u000b${EMAIL}`,
  `${EMAIL}\u2003`,
  'sam.vari\u00a0ant@example.test',
  'sam.var\u200biant@example.test',
  'sam.variant\u0085@example.test',
  'SAM.VARIANT@EXAMPLE.TEST',
]

it('accepts at most 3 offers a day from one email address written in any of its variants', async () => {
  let accepted = 0
  for (const email of VARIANTS) {
    await submitOffer(db, offer({ display_name: 'Variant', email })).then(
      () => (accepted += 1),
      () => undefined,
    )
  }
  console.log(`offers accepted with one email written ${VARIANTS.length} ways: ${accepted}`)
  expect(accepted).toBeLessThanOrEqual(3)
})

it('stores every email without invisible characters, lower-cased', async () => {
  const rows = await db.admin.query<{ email: string }>(
    `select distinct c.email from public.resident_contacts c
     join public.residents r using (resident_id) where r.display_name = 'Variant'`,
  )
  expect(rows.map((row) => row.email)).toEqual([EMAIL])
})

it('refuses an email holding HTML, naming the field', async () => {
  await expect(
    submitOffer(db, offer({ email: 'sam<b>bold</b>@example.test' })),
  ).rejects.toMatchObject({ code: '22023', message: expect.stringMatching(/email address/) })
})

it('refuses an email of the wrong shape, naming the field', async () => {
  for (const email of ['sam@@example.test', 'sam@example', '@example.test', 'sam@.test']) {
    await expect(submitOffer(db, offer({ email }))).rejects.toMatchObject({
      code: '22023',
      message: expect.stringMatching(/email address/),
    })
  }
})
