import { afterAll, beforeAll, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/test-database'
import { offer, runAs, writeTestRegion } from '../support/resident-fixtures'

// Attack: the offer form's limit of 30 an hour per client address, stepped around by writing a
// different first entry in X-Forwarded-For on every request. The platform's proxy appends the
// address it saw (here 203.0.113.50) on the right; only that part is the platform's word.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
})
afterAll(() => db.close())

it('accepts at most 30 offers an hour from one connection, whatever it writes in X-Forwarded-For', async () => {
  let accepted = 0
  for (let i = 0; i < 40; i += 1) {
    const headers = { 'x-forwarded-for': `10.${i}.${i}.${i}, 203.0.113.50` }
    try {
      await runAs(
        db,
        null,
        'select public.submit_resident_offer($1::jsonb, $2)',
        [JSON.stringify(offer({ display_name: `Spoof ${i}` })), `10.1.1.${i}`],
        { commit: true, headers },
      )
      accepted += 1
    } catch (error) {
      expect((error as { code?: string }).code).toBe('P0429')
    }
  }
  console.log(`offers accepted out of 40 with spoofed headers: ${accepted}`)
  expect(accepted).toBeLessThanOrEqual(30)
})
