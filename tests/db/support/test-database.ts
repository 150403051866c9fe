// Gives each database test file a database of its own with the Supabase-compatible setup, the
// migrations and (optionally) the Essex region: a fresh database on the real server when
// DATABASE_URL is set (CI), otherwise PGlite (Postgres 18 + PostGIS 3.6) in memory.
import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import pg from 'pg'
import type { Migration } from '../../../src/db/migrate/migration'
import { pgliteSqlClient } from '../../../src/db/pglite/pglite-sql-client'
import type { SqlClient } from '../../../src/db/sql-client'
import { connectPg } from '../../../scripts/lib/pg-sql-client'
import { defaultDataDir, repoRoot } from '../../../scripts/lib/paths'
import { readCompatSql, readMigrations } from '../../../scripts/lib/read-migrations'
import { loadRegion } from '../../../scripts/lib/load-region'
import type { RegionDataset } from '../../../src/core/region/region-dataset'
import { setUpDatabase } from '../../../scripts/lib/set-up-database'

export interface TestDatabase {
  kind: 'postgres' | 'pglite'
  /** The superuser connection (the migrations' owner): bypasses RLS, for setting up facts. */
  admin: SqlClient
  /** The PGlite instance, when kind is pglite. */
  pglite: PGlite | null
  close(): Promise<void>
}

/** Who a query runs as: `anon`, or `authenticated` with a user id (the JWT's `sub`). */
export type Actor = { role: 'anon' } | { role: 'authenticated'; userId: string }

let cachedRegion: RegionDataset | null = null

/** The Essex region from ../shared/data, read once per test file. */
export function essexRegion(): RegionDataset {
  cachedRegion ??= loadRegion('essex', defaultDataDir).dataset
  return cachedRegion
}

/**
 * Opens an empty database with the compat setup only (no migrations), so a test can apply
 * migrations itself; or with `migrations` and `region` applied.
 */
export async function openTestDatabase(
  options: { migrations?: readonly Migration[] | 'none'; region?: RegionDataset | null } = {},
): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL
  let database: TestDatabase
  if (url) {
    const name = `cam_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`
    const server = new pg.Client({ connectionString: url })
    await server.connect()
    await server.query(`create database ${name}`)
    await server.end()
    const testUrl = new URL(url)
    testUrl.pathname = `/${name}`
    const client = await connectPg(testUrl.toString())
    database = {
      kind: 'postgres',
      admin: client,
      pglite: null,
      async close() {
        await client.close()
        const cleanup = new pg.Client({ connectionString: url })
        await cleanup.connect()
        await cleanup.query(`drop database if exists ${name} with (force)`)
        await cleanup.end()
      },
    }
  } else {
    if (options.migrations === undefined) return openCachedPglite(options.region ?? null)
    const db = await PGlite.create({ extensions: { postgis } })
    database = { kind: 'pglite', admin: pgliteSqlClient(db), pglite: db, close: () => db.close() }
  }
  if (options.migrations === 'none') {
    await setUpDatabase(database.admin, { migrations: [] })
  } else {
    await setUpDatabase(database.admin, {
      ...(options.migrations ? { migrations: options.migrations } : {}),
      ...(options.region ? { region: options.region } : {}),
    })
  }
  return database
}

const pgliteCacheDir = join(repoRoot, 'node_modules', '.cache', 'cam-test-pglite')

/**
 * A PGlite database with every migration (and the region, if given), started from a data
 * directory saved by the first test file that built the same one: building from scratch
 * (`create extension postgis` and every migration) costs each file several seconds, loading the
 * saved directory well under one. The key covers the compat setup, every migration and the region,
 * so any change to them builds afresh.
 */
async function openCachedPglite(region: RegionDataset | null): Promise<TestDatabase> {
  const hash = createHash('sha256').update(readCompatSql())
  for (const migration of readMigrations()) hash.update(migration.version).update(migration.sql)
  hash.update(region ? JSON.stringify(region) : 'no region')
  const file = join(pgliteCacheDir, `${hash.digest('hex').slice(0, 16)}.tar.gz`)
  let saved: Buffer | null
  try {
    saved = readFileSync(file)
  } catch {
    saved = null
  }
  const db = saved
    ? await PGlite.create({ extensions: { postgis }, loadDataDir: new Blob([saved]) })
    : await PGlite.create({ extensions: { postgis } })
  const admin = pgliteSqlClient(db)
  if (!saved) {
    await setUpDatabase(admin, region ? { region } : {})
    const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer())
    mkdirSync(pgliteCacheDir, { recursive: true })
    // Written aside then renamed, so a test run alongside never reads half a file.
    const partial = `${file}.${process.pid}.partial`
    writeFileSync(partial, dump)
    renameSync(partial, file)
  }
  return { kind: 'pglite', admin, pglite: db, close: () => db.close() }
}

/**
 * Runs `work` as the actor, as PostgREST would (role + JWT claims, in one transaction), then rolls
 * back, so checks never leak into each other. Throws the database's error.
 */
export async function actAs<T>(
  db: TestDatabase,
  actor: Actor,
  work: (query: SqlClient['query']) => Promise<T>,
): Promise<T> {
  let result: { value: T } | null = null
  const rollback = new Error('rollback')
  try {
    await db.admin.transaction(async (tx) => {
      await tx.query(`select set_config('role', $1, true)`, [actor.role])
      const claims =
        actor.role === 'anon' ? { role: 'anon' } : { role: 'authenticated', sub: actor.userId }
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)])
      result = { value: await work((sql, params) => tx.query(sql, params)) }
      throw rollback
    })
  } catch (error) {
    if (error !== rollback) throw error
  }
  return (result as { value: T } | null)!.value
}

/** Runs one statement as the actor (see actAs) and returns its rows. */
export function queryAs<Row = Record<string, unknown>>(
  db: TestDatabase,
  actor: Actor,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  return actAs(db, actor, (query) => query<Row>(sql, params))
}

/** Creates a user in auth.users with the given roles in the Essex programme. */
export async function createUser(db: TestDatabase, roles: string[] = []): Promise<string> {
  const id = randomUUID()
  await db.admin.query('insert into auth.users (id, email) values ($1, $2)', [
    id,
    `${id}@example.test`,
  ])
  for (const role of roles) {
    await db.admin.query(
      `insert into public.memberships (programme_id, user_id, role)
       values ('00000000-0000-4000-8000-000000000001', $1, $2)`,
      [id, role],
    )
  }
  return id
}
