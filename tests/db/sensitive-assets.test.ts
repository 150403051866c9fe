import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from './support/commit-as'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// Sensitive places (a refuge, a safe house): only safeguarding and admins see, add or mark them;
// for everyone else, and so in their exports and counts, the row does not exist.
// The policy matrix (policy-matrix.test.ts) checks every role against every operation; these are
// the behaviours around it.
let db: TestDatabase
let builder: string
let safeguarding: string
let admin: string

const WARD = 'E05990001'
const createAsset = 'select * from public.create_asset($1, $2, $3, $4, $5, $6, $7)'
const markSensitive = `select from public.update_asset($1, 1, '{"is_sensitive": true}')`

beforeAll(async () => {
  db = await openTestDatabase()
  builder = await createUser(db, ['builder'])
  safeguarding = await createUser(db, ['safeguarding'])
  admin = await createUser(db, ['admin'])
  await db.admin.query(
    `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom)
     values ($1, 'Square', 'E07990001', 'Test', 1000,
       extensions.st_multi(extensions.st_makeenvelope(0, 51, 1, 52, 4326)))`,
    [WARD],
  )
})
afterAll(() => db.close())

const as = (userId: string) => ({ role: 'authenticated' as const, userId })

describe('sensitive places', () => {
  it('refuses a builder who adds a sensitive place, saying who may', async () => {
    await expect(
      queryAs(db, as(builder), createAsset, [
        randomUUID(),
        'Refuge',
        'physical_space',
        '',
        0.5,
        51.5,
        true,
      ]),
    ).rejects.toThrow(/Only safeguarding officers and admins can add a sensitive place/)
  })

  it('approves a sensitive place added by safeguarding at once, and returns it to them marked', async () => {
    const [row] = await queryAs<{ status: string; is_sensitive: boolean; lng: number }>(
      db,
      as(safeguarding),
      createAsset,
      [randomUUID(), 'Refuge', 'physical_space', '', 0.5, 51.5, true],
    )
    expect(row).toMatchObject({ status: 'approved', is_sensitive: true, lng: 0.5 })
  })

  it("leaves a sensitive place out of anon's and a builder's counts and exports, and marks it in safeguarding's and an admin's", async () => {
    const clientId = randomUUID()
    await commitAs(db, as(safeguarding), createAsset, [
      clientId,
      'Safe house',
      'physical_space',
      '',
      0.25,
      51.25,
      true,
    ])
    await commitAs(db, as(builder), createAsset, [
      randomUUID(),
      'Library',
      'institution',
      '',
      0.75,
      51.75,
      false,
    ])
    const exportFor = (actor: Parameters<typeof queryAs>[1]) =>
      queryAs<{ name: string; is_sensitive: boolean }>(
        db,
        actor,
        `select name, is_sensitive from public.asset_list
         where ward_code = $1 and name in ('Safe house', 'Library') order by name`,
        [WARD],
      )
    expect(await exportFor({ role: 'anon' })).toEqual([{ name: 'Library', is_sensitive: false }])
    expect(await exportFor(as(builder))).toEqual([{ name: 'Library', is_sensitive: false }])
    const marked = [
      { name: 'Library', is_sensitive: false },
      { name: 'Safe house', is_sensitive: true },
    ]
    expect(await exportFor(as(safeguarding))).toEqual(marked)
    expect(await exportFor(as(admin))).toEqual(marked)
  })

  it('hides a place from builders once safeguarding marks it sensitive', async () => {
    const clientId = randomUUID()
    const [asset] = await commitAs<{ asset_id: string }>(db, as(builder), createAsset, [
      clientId,
      'Drop-in centre',
      'physical_space',
      '',
      0.4,
      51.4,
      false,
    ])
    await commitAs(db, as(safeguarding), markSensitive, [asset!.asset_id])
    const seen = await queryAs(db, as(builder), 'select 1 from public.assets where asset_id = $1', [
      asset!.asset_id,
    ])
    expect(seen).toEqual([])
  })

  it("returns nothing when someone replays a sensitive place's client id through create_asset", async () => {
    const clientId = randomUUID()
    await commitAs(db, as(safeguarding), createAsset, [
      clientId,
      'Refuge',
      'physical_space',
      '',
      0.3,
      51.3,
      true,
    ])
    const replay = await queryAs(db, as(builder), createAsset, [
      clientId,
      'Anything',
      'cultural',
      '',
      0.6,
      51.6,
      false,
    ])
    expect(replay).toEqual([])
  })

  it('refuses a builder who marks a place sensitive', async () => {
    const [asset] = await commitAs<{ asset_id: string }>(db, as(builder), createAsset, [
      randomUUID(),
      'Community garden',
      'physical_space',
      '',
      0.45,
      51.45,
      false,
    ])
    await expect(queryAs(db, as(builder), markSensitive, [asset!.asset_id])).rejects.toThrow(
      /Only safeguarding officers and admins can mark a place sensitive/,
    )
  })
})
