import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/test-database'
import {
  createAccount,
  offer,
  runAs,
  writeTestRegion,
  type SignedIn,
} from '../support/resident-fixtures'

// Attack: a builder of one programme recording offers (approved and confirmed at once, past the
// public form's limits) for residents of another programme's area. Recording on someone's behalf
// needs review_residents in the programme that covers the offer's postcode.
let db: TestDatabase
let otherBuilder: SignedIn

const OTHER = randomUUID()

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  await db.admin.query(
    `insert into public.programmes (programme_id, slug, name) values ($1, 'southmere', 'Southmere')`,
    [OTHER],
  )
  // Southmere (ward Harbour, postcode YY9 9AA) is the other programme's; the rest stays Essex's.
  await db.admin.query(
    `insert into public.programme_authorities (lad_code, programme_id) values ('E07990102', $1)`,
    [OTHER],
  )
  otherBuilder = await createAccount(db, 'southmere.builder@example.test')
  await db.admin.query(
    `insert into public.memberships (programme_id, user_id, role) values ($1, $2, 'builder')`,
    [OTHER, otherBuilder.userId],
  )
})
afterAll(() => db.close())

const record = (postcode: string) =>
  runAs<{ id: string }>(
    db,
    otherBuilder,
    `select public.record_resident_offer($1::jsonb, 'verbal') as id`,
    [JSON.stringify(offer({ display_name: `Recorded ${postcode}`, postcode }))],
    { commit: true },
  )

it("refuses a builder recording an offer in another programme's area, and stores nothing", async () => {
  await expect(record('YY1 1AB')).rejects.toMatchObject({
    code: '42501',
    message: expect.stringMatching(/outside the area of your programme/),
  })
  const [stored] = await db.admin.query<{ n: number }>(
    `select count(*)::int as n from public.residents where display_name = 'Recorded YY1 1AB'`,
  )
  console.log(`offers a builder stored in another programme's area: ${stored!.n}`)
  expect(stored!.n).toBe(0)
})

it("records the builder's offer in their own programme's area, in that programme", async () => {
  const [row] = await record('YY9 9AA')
  const [resident] = await db.admin.query<{ programme_id: string }>(
    'select programme_id from public.residents where resident_id = $1',
    [row!.id],
  )
  expect(resident!.programme_id).toBe(OTHER)
})
