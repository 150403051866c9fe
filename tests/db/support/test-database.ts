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
  /** The database's connection string on the server, when kind is postgres (for more connections). */
  url: string | null
  close(): Promise<void>
}

/** The programme every existing row and role belongs to (the first migration makes it). */
export const ESSEX_PROGRAMME_ID = '00000000-0000-4000-8000-000000000001'

/**
 * A second programme covering no ward of the test data, for showing that a role held there gives
 * nothing here; returns its id.
 */
export async function createOtherProgramme(db: TestDatabase, slug = 'elsewhere'): Promise<string> {
  const rows = await db.admin.query<{ programme_id: string }>(
    `insert into public.programmes (slug, name) values ($1, 'Another programme')
     returning programme_id`,
    [slug],
  )
  return rows[0]!.programme_id
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
 *
 * The usual case (every migration, with or without a region) starts from a copy: a template
 * database on the server, or a saved data directory for PGlite, built by the first test file that
 * needed the same one. Building from scratch (`create extension postgis` and every migration)
 * costs each file seconds; the key covers the compat setup, every migration and the region, so
 * any change to them builds afresh.
 */
export async function openTestDatabase(
  options: { migrations?: readonly Migration[] | 'none'; region?: RegionDataset | null } = {},
): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL
  const standard = options.migrations === undefined ? standardSetUp(options.region ?? null) : null
  if (standard) {
    return url
      ? openServerDatabase(url, await serverTemplate(url, standard))
      : openCachedPglite(standard)
  }
  const database = url
    ? await openServerDatabase(url, null)
    : await openPglite(await PGlite.create({ extensions: { postgis } }))
  await setUpDatabase(database.admin, {
    migrations: options.migrations === 'none' ? [] : options.migrations,
    ...(options.region ? { region: options.region } : {}),
  })
  return database
}

/**
 * Builds the standard set-up (every migration, no region) before any file runs (vitest's
 * globalSetup), so that files run side by side copy it rather than each building it at once; on
 * the server this also creates the API roles, which are shared by the whole server, before two
 * files could race to create them.
 */
export async function prepareStandardDatabase(): Promise<void> {
  const url = process.env.DATABASE_URL
  const standard = standardSetUp(null)
  if (url) await serverTemplate(url, standard)
  else if (!readSavedPglite(standard)) await (await buildSavedPglite(standard)).close()
}

/** PGlite with every migration, even when DATABASE_URL is set: for what only PGlite does. */
export function openPgliteTestDatabase(): Promise<TestDatabase> {
  return openCachedPglite(standardSetUp(null))
}

/** Every migration and maybe a region, named by a hash of everything that goes into it. */
interface StandardSetUp {
  key: string
  region: RegionDataset | null
}

function standardSetUp(region: RegionDataset | null): StandardSetUp {
  const hash = createHash('sha256').update(readCompatSql())
  for (const migration of readMigrations()) hash.update(migration.version).update(migration.sql)
  hash.update(region ? JSON.stringify(region) : 'no region')
  return { key: hash.digest('hex').slice(0, 16), region }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function onServer<T>(url: string, work: (server: pg.Client) => Promise<T>): Promise<T> {
  const server = new pg.Client({ connectionString: url })
  await server.connect()
  try {
    return await work(server)
  } finally {
    await server.end()
  }
}

/** A fresh database on the server, empty or copied from `template`; dropped on close. */
async function openServerDatabase(url: string, template: string | null): Promise<TestDatabase> {
  const name = `cam_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`
  await onServer(url, (server) =>
    server.query(`create database ${name}${template ? ` template ${template}` : ''}`),
  )
  const client = await connectPg(databaseUrl(url, name))
  return {
    kind: 'postgres',
    admin: client,
    pglite: null,
    url: databaseUrl(url, name),
    async close() {
      await client.close()
      await onServer(url, (server) => server.query(`drop database if exists ${name} with (force)`))
    },
  }
}

/**
 * The name of a template database holding the standard set-up, built under another name and
 * renamed when complete, so a run alongside never copies half of one.
 */
async function serverTemplate(url: string, standard: StandardSetUp): Promise<string> {
  const name = `cam_template_${standard.key}`
  return onServer(url, async (server) => {
    const found = await server.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount) return name
    const building = `${name}_${randomUUID().replace(/-/g, '').slice(0, 8)}`
    await server.query(`create database ${building}`)
    const client = await connectPg(databaseUrl(url, building))
    try {
      await setUpDatabase(client, standard.region ? { region: standard.region } : {})
    } finally {
      await client.close()
    }
    try {
      await server.query(`alter database ${building} rename to ${name}`)
    } catch {
      // Another run finished the same template first: use theirs.
      await server.query(`drop database if exists ${building} with (force)`)
    }
    return name
  })
}

function openPglite(db: PGlite): TestDatabase {
  return {
    kind: 'pglite',
    admin: pgliteSqlClient(db),
    pglite: db,
    url: null,
    close: () => db.close(),
  }
}

const pgliteCacheDir = join(repoRoot, 'node_modules', '.cache', 'cam-test-pglite')

const savedPgliteFile = (standard: StandardSetUp) => join(pgliteCacheDir, `${standard.key}.tar.gz`)

function readSavedPglite(standard: StandardSetUp): Buffer | null {
  try {
    return readFileSync(savedPgliteFile(standard))
  } catch {
    return null
  }
}

/** PGlite from the saved data directory of the standard set-up, saving it first if need be. */
async function openCachedPglite(standard: StandardSetUp): Promise<TestDatabase> {
  const saved = readSavedPglite(standard)
  if (!saved) return buildSavedPglite(standard)
  return openPglite(
    await PGlite.create({
      extensions: { postgis },
      loadDataDir: new Blob([new Uint8Array(saved)]),
    }),
  )
}

/** Builds the standard set-up in a new PGlite and saves its data directory; returns it open. */
async function buildSavedPglite(standard: StandardSetUp): Promise<TestDatabase> {
  const database = openPglite(await PGlite.create({ extensions: { postgis } }))
  await setUpDatabase(database.admin, standard.region ? { region: standard.region } : {})
  const dump = Buffer.from(await (await database.pglite!.dumpDataDir('gzip')).arrayBuffer())
  mkdirSync(pgliteCacheDir, { recursive: true })
  // Written aside then renamed, so a file or run alongside never reads half a file.
  const file = savedPgliteFile(standard)
  const partial = `${file}.${process.pid}.${randomUUID()}.partial`
  writeFileSync(partial, dump)
  renameSync(partial, file)
  return database
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
export async function createUser(
  db: TestDatabase,
  roles: string[] = [],
  programmeId: string = ESSEX_PROGRAMME_ID,
): Promise<string> {
  const id = randomUUID()
  await db.admin.query('insert into auth.users (id, email) values ($1, $2)', [
    id,
    `${id}@example.test`,
  ])
  for (const role of roles) {
    await db.admin.query(
      `insert into public.memberships (programme_id, user_id, role) values ($1, $2, $3)`,
      [programmeId, id, role],
    )
  }
  return id
}
