import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'
import {
  createAccount,
  offer,
  runAs,
  submitOffer,
  writeTestRegion,
  type SignedIn,
} from '../support/resident-fixtures'

// Attack: record_export wrote whatever a signed-in person said they exported, without limit: 5,000
// false "export of residents" entries in one statement from an account with no role. Now only
// someone who may read what they export records an export (a resident: their own offers), in the
// programme it came from, and at most 100 an hour.
let db: TestDatabase
let nobody: SignedIn
let builder: SignedIn

const ESSEX = '00000000-0000-4000-8000-000000000001'

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  nobody = await createAccount(db, 'nobody@example.test')
  builder = { userId: await createUser(db, ['builder']), email: 'builder@example.test' }
})
afterAll(() => db.close())

const exportRowsBy = async (userId: string) =>
  (
    await db.admin.query<{ n: number }>(
      `select count(*)::int as n from public.audit_log where actor_id = $1 and action = 'export'`,
      [userId],
    )
  )[0]!.n

const flood = (who: SignedIn, what: string) =>
  runAs(
    db,
    who,
    `select count(public.record_export($1, 1)) from generate_series(1, 5000)`,
    [what],
    { commit: true },
  ).catch(() => undefined)

it('lets a person with no role write no export entry about residents or anything else', async () => {
  for (const what of ['residents', 'asset_list', 'wards']) await flood(nobody, what)
  const written = await exportRowsBy(nobody.userId)
  console.log(`false audit rows a role-less user can write: ${written}`)
  expect(written).toBe(0)
})

it("records a resident's export of their own offers, no more rows than they hold, in their programme", async () => {
  await submitOffer(db, offer({ display_name: 'Own Export', email: 'own.export@example.test' }))
  const resident = await createAccount(db, 'own.export@example.test')
  await runAs(db, resident, 'select public.link_my_offers()', [], { commit: true })
  await expect(
    runAs(db, resident, `select public.record_export('residents', 2)`),
  ).rejects.toMatchObject({ code: '22023' })
  await runAs(db, resident, `select public.record_export('residents', 1)`, [], { commit: true })
  const entries = await db.admin.query(
    `select table_name, row_count, programme_id from public.audit_log
     where actor_id = $1 and action = 'export'`,
    [resident.userId],
  )
  expect(entries).toEqual([{ table_name: 'public.residents', row_count: 1, programme_id: ESSEX }])
})

it("stamps a builder's export with the programme, and records at most 100 an hour", async () => {
  let accepted = 0
  for (let i = 0; i < 110; i += 1) {
    await runAs(db, builder, `select public.record_export('asset_list', 1)`, [], {
      commit: true,
    }).then(
      () => (accepted += 1),
      (error: { code?: string }) => expect(error.code).toBe('P0429'),
    )
  }
  console.log(`export rows one builder can write in an hour, of 110 tries: ${accepted}`)
  expect(accepted).toBeLessThanOrEqual(100)
  const programmes = await db.admin.query<{ programme_id: string | null }>(
    `select distinct programme_id from public.audit_log where actor_id = $1`,
    [builder.userId],
  )
  expect(programmes).toEqual([{ programme_id: ESSEX }])
})
