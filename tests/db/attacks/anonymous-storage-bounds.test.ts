import { afterAll, beforeAll, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/test-database'
import {
  createAccount,
  offer,
  runAs,
  submitOffer,
  writeTestRegion,
} from '../support/resident-fixtures'

// What one offer from the public can store at most, and how often a resident can rewrite theirs:
// the figures docs/privacy.md multiplies by the ceilings to bound what anyone can make the
// database store.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
})
afterAll(() => db.close())

// The largest offer the form takes: 30 gifts of 200 two-byte characters, the longest note and name.
const LARGEST = offer({
  display_name: 'N'.repeat(80),
  email: 'largest.offer@example.test',
  gifts: Array.from({ length: 30 }, () => ({
    kind: 'hands',
    gift_type: 'gardening',
    description: 'ü'.repeat(200),
  })),
  availability_note: 'n'.repeat(500),
  phone: '01245 600 700',
  consents: ['contact_by_builder', 'counted_on_map', 'share_with_partners'],
})

it('stores at most 18 KiB for the largest public offer, at most 2 KiB of it in the audit log', async () => {
  expect(new TextEncoder().encode(JSON.stringify(LARGEST)).length).toBeLessThanOrEqual(16_384)
  const auditBefore = await db.admin.query<{ n: number }>(
    `select coalesce(sum(pg_column_size(a.*)), 0)::int as n from public.audit_log a`,
  )
  await submitOffer(db, LARGEST)
  const [stored] = await db.admin.query<{ rows: number; audit: number }>(
    `with r as (select resident_id from public.residents where display_name = $1)
     select (
       (select sum(pg_column_size(x.*)) from public.residents x join r using (resident_id))
       + (select sum(pg_column_size(x.*)) from public.resident_contacts x join r using (resident_id))
       + (select sum(pg_column_size(x.*)) from public.resident_home_points x join r using (resident_id))
       + (select sum(pg_column_size(x.*)) from public.resident_gifts x join r using (resident_id))
       + (select sum(pg_column_size(x.*)) from public.resident_offer_preferences x join r using (resident_id))
       + (select sum(pg_column_size(x.*)) from public.resident_consents x join r using (resident_id))
     )::int as rows,
     ((select sum(pg_column_size(a.*)) from public.audit_log a) - $2)::int as audit`,
    ['N'.repeat(80), auditBefore[0]!.n],
  )
  console.log(
    `bytes the largest public offer stores: ${stored!.rows} in its rows, ${stored!.audit} in the audit log`,
  )
  expect(stored!.audit).toBeLessThanOrEqual(2 * 1024)
  expect(stored!.rows + stored!.audit).toBeLessThanOrEqual(18 * 1024)
})

it('lets a resident change their own offer at most 10 times a day', async () => {
  await submitOffer(db, offer({ display_name: 'Often Changed', email: 'often@example.test' }))
  const resident = await createAccount(db, 'often@example.test')
  await runAs(db, resident, 'select public.link_my_offers()', [], { commit: true })
  const [mine] = await db.admin.query<{ resident_id: string }>(
    `select resident_id from public.residents where display_name = 'Often Changed'`,
  )
  let accepted = 0
  for (let i = 0; i < 12; i += 1) {
    const change = offer({ display_name: 'Often Changed', email: 'often@example.test' })
    await runAs(
      db,
      resident,
      'select public.update_my_offer($1, $2::jsonb)',
      [mine!.resident_id, JSON.stringify({ ...change, availability_note: `Change ${i}` })],
      { commit: true },
    ).then(
      () => (accepted += 1),
      (error: { code?: string }) => expect(error.code).toBe('P0429'),
    )
  }
  console.log(`changes to one's own offer accepted in a day, of 12: ${accepted}`)
  expect(accepted).toBeLessThanOrEqual(10)
})
