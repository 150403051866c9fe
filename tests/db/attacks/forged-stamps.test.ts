import { afterAll, beforeAll, expect, it } from 'vitest'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from '../support/asset-fixtures'
import { commitAs } from '../support/commit-as'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from '../support/test-database'

// Attack: with a builder's or an admin's login, write the "who" and "when" of a row directly:
// back-date a dismissal or a role, or close a change report in someone else's name. Those
// columns are the database's to write; each attempt is refused or overwritten.
let db: TestDatabase
let builder: string
let admin: string
let other: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  admin = await createUser(db, ['admin'])
  other = await createUser(db, ['builder'])
})
afterAll(() => db.close())

const ESSEX = '00000000-0000-4000-8000-000000000001'

it('refuses back-dated or forged rows written directly', async () => {
  const [first] = await commitAs<{ asset_id: string }>(
    db,
    as(builder),
    CREATE_ASSET,
    createAssetParams({ name: 'Hall' }),
  )
  const [second] = await commitAs<{ asset_id: string }>(
    db,
    as(builder),
    CREATE_ASSET,
    createAssetParams({ name: 'Hall annex' }),
  )
  const [low, high] = [first!.asset_id, second!.asset_id].sort()
  const attempts: [string, string, unknown[]][] = [
    [
      builder,
      `insert into public.duplicate_dismissals (programme_id, first_asset_id, second_asset_id, dismissed_at)
      values ($1, $2, $3, '2000-01-01')`,
      [ESSEX, low, high],
    ],
    [
      builder,
      `insert into public.duplicate_dismissals (programme_id, first_asset_id, second_asset_id, dismissed_by)
      values ($1, $2, $3, $4)`,
      [ESSEX, low, high, other],
    ],
    [
      admin,
      `insert into public.memberships (programme_id, user_id, role, granted_at)
      values ($1, $2, 'lead', '2000-01-01')`,
      [ESSEX, other],
    ],
    [
      builder,
      `insert into public.workshops (programme_id, name, place, held_on, join_code, created_by, created_at)
      values ($1, 'W', 'P', current_date, 'ABCDEF', $2, '2000-01-01')`,
      [ESSEX, builder],
    ],
  ]
  let forged = 0
  for (const [who, sql, params] of attempts) {
    try {
      await commitAs(db, as(who), sql, params)
      forged++
    } catch (error) {
      expect(String(error)).toMatch(/permission denied/)
    }
  }
  console.log(`back-dated or forged direct writes accepted: ${forged} of ${attempts.length}`)
  expect(forged).toBe(0)
})

it('records who closed a change report, whatever the caller writes', async () => {
  const [asset] = await commitAs<{ asset_id: string }>(
    db,
    as(builder),
    CREATE_ASSET,
    createAssetParams({ name: 'Library' }),
  )
  const [report] = await db.admin.query<{ report_id: string }>(
    `insert into public.asset_change_reports (asset_id, message) values ($1, 'Closed on Mondays now')
     returning report_id`,
    [asset!.asset_id],
  )
  await commitAs(
    db,
    as(builder),
    `update public.asset_change_reports set resolved_at = '2000-01-01', resolved_by = $2 where report_id = $1`,
    [report!.report_id, other],
  )
  const [row] = await queryAs<{ resolved_by: string; recent: boolean }>(
    db,
    as(admin),
    `select resolved_by, resolved_at > now() - interval '1 hour' as recent
     from public.asset_change_reports where report_id = $1`,
    [report!.report_id],
  )
  expect(row).toEqual({ resolved_by: builder, recent: true })
})
