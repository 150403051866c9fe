import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { commitAs } from '../support/commit-as'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from '../support/asset-fixtures'
import { createAccount, runAs, type SignedIn } from '../support/resident-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'

// Attack: "report a change" spam. Five reports from one person locked the public out of reporting
// a change to that asset for an hour; and reports from many addresses, or many accounts (anyone
// can sign up), had no ceiling in all.
let db: TestDatabase
let assetId: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  const builder = await createUser(db, ['builder'])
  const [asset] = await commitAs<{ asset_id: string }>(
    db,
    as(builder),
    CREATE_ASSET,
    createAssetParams({ name: 'Village hall' }),
  )
  assetId = asset!.asset_id
})
afterAll(() => db.close())

const report = (who: SignedIn | null, address: string, message = `Closed on ${randomUUID()}`) =>
  runAs(db, who, 'select public.report_asset_change($1, $2)', [assetId, message], {
    commit: true,
    headers: { 'x-forwarded-for': `10.0.0.1, ${address}` },
  })

const tally = async (tries: Array<() => Promise<unknown>>) => {
  let accepted = 0
  for (const attempt of tries)
    await attempt().then(
      () => (accepted += 1),
      () => undefined,
    )
  return accepted
}

it('lets someone else report a change to an asset after one person sent a flood of reports about it', async () => {
  const flood = await tally(Array.from({ length: 10 }, () => () => report(null, '203.0.113.7')))
  console.log(`reports one address stored about one asset in an hour: ${flood}`)
  expect(flood).toBeLessThanOrEqual(5)
  await expect(report(null, '203.0.113.8', 'Now open on Sundays')).resolves.toHaveLength(1)
})

it('stores at most 50 reports an hour from the public, from any number of addresses', async () => {
  const before = await db.admin.query<{ n: number }>(
    'select count(*)::int as n from public.asset_change_reports where reporter_id is null',
  )
  const accepted = await tally(
    Array.from({ length: 70 }, (_, n) => () => report(null, `198.18.1.${n + 1}`)),
  )
  console.log(
    `public reports stored in an hour from 70 more addresses: ${accepted} (after ${before[0]!.n})`,
  )
  expect(before[0]!.n + accepted).toBeLessThanOrEqual(50)
})

it('stores at most 50 reports an hour from signed-in people without a role, from any number of accounts', async () => {
  const accounts = await Promise.all(
    Array.from({ length: 60 }, () => createAccount(db, `${randomUUID()}@example.test`)),
  )
  const accepted = await tally(accounts.map((account, n) => () => report(account, `198.19.1.${n}`)))
  console.log(`reports stored in an hour from 60 new accounts without a role: ${accepted}`)
  expect(accepted).toBeLessThanOrEqual(50)
})
