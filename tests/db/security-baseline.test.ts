import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// The baseline every later table inherits: RLS on everything in public, and anon can neither
// write anything nor read rows that are not public. Tables are enumerated from the catalog, so a
// new table is covered without editing this file.
let db: TestDatabase
let tables: string[]
let pendingAssetId: string

beforeAll(async () => {
  db = await openTestDatabase()
  tables = (
    await db.admin.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    )
  ).map((row) => row.name)
  const builder = await createUser(db, ['builder'])
  await db.admin.query(
    `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom)
     values ('E05000001', 'Square', 'E07000001', 'Test', 1000,
       extensions.st_multi(extensions.st_makeenvelope(0, 51, 1, 52, 4326)))`,
  )
  const [row] = await db.admin.query<{ asset_id: string }>(
    `insert into public.assets (client_id, name, kind, point, status, created_by)
     values (gen_random_uuid(), 'Pending hall', 'physical_space',
       extensions.st_setsrid(extensions.st_makepoint(0.5, 51.5), 4326), 'pending', $1)
     returning asset_id`,
    [builder],
  )
  pendingAssetId = row!.asset_id
})
afterAll(() => db.close())

describe('security baseline', () => {
  it('has Row Level Security enabled on every table in public', async () => {
    const withoutRls = await db.admin.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity`,
    )
    expect(tables.length).toBeGreaterThanOrEqual(8)
    expect(withoutRls).toEqual([])
  })

  it('refuses every insert by anon, into every table in public', async () => {
    const accepted: string[] = []
    for (const table of tables) {
      try {
        await queryAs(db, { role: 'anon' }, `insert into public.${table} default values`)
        accepted.push(table)
      } catch (error) {
        // Refused by privilege or by RLS, never by a missing value after being allowed in.
        expect(String((error as Error).message)).toMatch(/permission denied|row-level security/)
      }
    }
    expect(accepted).toEqual([])
  })

  it('lets anon read no pending asset, membership or user', async () => {
    const assets = await queryAs(db, { role: 'anon' }, 'select asset_id from public.asset_list')
    const memberships = await queryAs(
      db,
      { role: 'anon' },
      'select 1 from public.memberships',
    ).catch((error: Error) => error.message)
    const users = await queryAs(db, { role: 'anon' }, 'select 1 from auth.users').catch(
      (error: Error) => error.message,
    )
    expect(assets.map((row) => row.asset_id)).not.toContain(pendingAssetId)
    expect(memberships).toMatch(/permission denied/)
    expect(users).toMatch(/permission denied/)
  })

  it('lets anon read the public region', async () => {
    const wards = await queryAs(db, { role: 'anon' }, 'select ward_code from public.ward_summaries')
    expect(wards).toEqual([{ ward_code: 'E05000001' }])
  })

  it('refuses updates and deletes of reference data by a signed-in user', async () => {
    const resident = await createUser(db, ['resident'])
    await expect(
      queryAs(
        db,
        { role: 'authenticated', userId: resident },
        `update public.wards set population = 0`,
      ),
    ).rejects.toThrow(/permission denied/)
    await expect(
      queryAs(db, { role: 'authenticated', userId: resident }, `delete from public.wards`),
    ).rejects.toThrow(/permission denied/)
  })
})
