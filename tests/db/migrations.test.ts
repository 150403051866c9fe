import { afterEach, describe, expect, it } from 'vitest'
import { applyMigrations } from '../../src/db/migrate/apply-migrations'
import { readMigrations } from '../../scripts/lib/read-migrations'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

const migrations = readMigrations()
let db: TestDatabase | null = null
afterEach(async () => {
  await db?.close()
  db = null
})

describe('migrations', () => {
  it('applies every migration once, records it as the Supabase CLI does, and applies nothing on a second run', async () => {
    db = await openTestDatabase({ migrations: 'none' })
    const first = await applyMigrations(db.admin, migrations)
    const second = await applyMigrations(db.admin, migrations)
    const recorded = await db.admin.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by version',
    )
    expect(first).toEqual(migrations.map((m) => m.version))
    expect(second).toEqual([])
    expect(recorded.map((row) => row.version)).toEqual(first)
  })

  it('installs PostGIS in the extensions schema, at least version 3.3', async () => {
    db = await openTestDatabase()
    const [row] = await db.admin.query<{ schema: string; version: string }>(
      `select n.nspname as schema, e.extversion as version
       from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'postgis'`,
    )
    expect(row?.schema).toBe('extensions')
    const [major, minor] = (row?.version ?? '0.0').split('.').map(Number)
    expect((major ?? 0) * 100 + (minor ?? 0)).toBeGreaterThanOrEqual(303)
  })

  it("upgrades a database made by the previous release's migrations and keeps the user's rows", async () => {
    const previous = migrations.slice(0, -1)
    db = await openTestDatabase({ migrations: previous })
    const userId = await createUser(db, ['builder', 'lead'])
    const applied = await applyMigrations(db.admin, migrations)
    const roles = await db.admin.query<{ role: string }>(
      'select role::text from public.memberships where user_id = $1 order by role',
      [userId],
    )
    expect(applied).toEqual([migrations.at(-1)!.version])
    expect(roles.map((row) => row.role)).toEqual(['builder', 'lead'])
  })

  it('keeps assets a user made when a later migration changes their table', async () => {
    db = await openTestDatabase()
    await db.admin.query(
      `insert into public.assets (client_id, name, kind, point)
       values (gen_random_uuid(), 'Village hall', 'physical_space',
         extensions.st_setsrid(extensions.st_makepoint(0.47, 51.73), 4326))`,
    )
    const later = {
      version: '29991231235959',
      name: 'later_release_adds_a_column',
      sql: `alter table public.assets add column parking_notes text not null default '';`,
    }
    const applied = await applyMigrations(db.admin, [...migrations, later])
    const rows = await db.admin.query<{ name: string; parking_notes: string }>(
      'select name, parking_notes from public.assets',
    )
    expect(applied).toEqual([later.version])
    expect(rows).toEqual([{ name: 'Village hall', parking_notes: '' }])
  })

  it('stops at a failing migration, names it, and leaves it unrecorded', async () => {
    db = await openTestDatabase()
    const broken = {
      version: '29991231235959',
      name: 'broken',
      sql: 'select * from no_such_table;',
    }
    await expect(applyMigrations(db.admin, [...migrations, broken])).rejects.toThrow(
      /29991231235959_broken failed/,
    )
    const recorded = await db.admin.query(
      `select 1 from supabase_migrations.schema_migrations where version = '29991231235959'`,
    )
    expect(recorded).toEqual([])
  })
})
