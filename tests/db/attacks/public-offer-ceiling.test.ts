import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'
import { offer, runAs, writeTestRegion, type SignedIn } from '../support/resident-fixtures'

// Attack: offers from many connections (a botnet, or one phone moving between networks), each
// within its own limit, filling the database with unconfirmed offers. A ceiling on unconfirmed
// public offers an hour holds whatever the number of addresses; builders recording offers on a
// resident's behalf are not held back by it.
let db: TestDatabase
let builder: SignedIn

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  builder = { userId: await createUser(db, ['builder']), email: 'builder@example.test' }
})
afterAll(() => db.close())

const CEILING = 100

const fromAddress = (n: number) =>
  runAs(
    db,
    null,
    'select public.submit_resident_offer($1::jsonb)',
    [JSON.stringify(offer({ display_name: `Flood ${n}` }))],
    { commit: true, headers: { 'x-forwarded-for': `198.18.${Math.floor(n / 200)}.${n % 200}` } },
  )

it(`accepts at most ${CEILING} unconfirmed public offers an hour from any number of addresses, then says so`, async () => {
  let accepted = 0
  let refusal: { code?: string; message: string } | null = null
  for (let n = 0; n < CEILING + 20; n += 1) {
    await fromAddress(n).then(
      () => (accepted += 1),
      (error: { code?: string; message: string }) => (refusal = error),
    )
  }
  console.log(
    `unconfirmed public offers accepted in an hour from ${CEILING + 20} addresses: ${accepted}`,
  )
  expect(accepted).toBeLessThanOrEqual(CEILING)
  expect(refusal).toMatchObject({
    code: 'P0429',
    message: expect.stringMatching(/Many offers have arrived in the last hour/),
  })
})

it('still lets a builder record an offer on a resident’s behalf when the ceiling is reached', async () => {
  const [row] = await runAs<{ id: string }>(
    db,
    builder,
    `select public.record_resident_offer($1::jsonb, 'paper') as id`,
    [JSON.stringify(offer({ display_name: 'Paper Form' }))],
    { commit: true },
  )
  expect(row!.id).toMatch(/^[0-9a-f-]{36}$/)
})
