// Looks for exact locations that must stay private in everything the API returns. The secrets are
// the points of sensitive places (public.assets.is_sensitive) and every value of a column marked
// private location; the sources are every table and view in the exposed schemas and every call of
// every exposed function that the policy matrix makes, enumerated from the catalog.
//
// Convention for private locations (a resident's home point, issue 6): a geometry or geography
// Point column whose comment starts with "private location", in a table with a `user_id` column
// naming whose it is:
//   comment on column public.<table>.<column> is 'private location: …';
// Seed such rows in the policy matrix with six-decimal coordinates, so the text check finds them.
import type { SqlClient } from '../../../src/db/sql-client'
import type { Actor } from '../support/test-database'
import { listExposedObjects, notExtensionOwned } from './catalog'
import type { MatrixEntry, MatrixUsers, Role, Statement } from './policy-matrix'

export interface Secret {
  what: string
  lng: number
  lat: number
  /** Coordinates as Postgres prints them, when precise enough to look for in text. */
  lngText: string | null
  latText: string | null
  /** Roles that may see it; null owner means nobody by ownership. */
  allowedRoles: readonly Role[]
  ownerId: string | null
}

export interface Source {
  name: string
  statement: Statement
  geometryColumns: readonly string[]
}

export interface Sighting {
  source: string
  role: Role
  secret: string
}

/** Sensitive places' points, and every value of a `private location` column. */
export async function collectSecrets(client: SqlClient): Promise<Secret[]> {
  const secrets: Secret[] = []
  const coordinates = `extensions.st_x(p) as lng, extensions.st_y(p) as lat,
    case when length(extensions.st_x(p)::text) >= 8 then extensions.st_x(p)::text end as lng_text,
    case when length(extensions.st_y(p)::text) >= 8 then extensions.st_y(p)::text end as lat_text`
  type Row = {
    what: string
    owner_id: string | null
    lng: number
    lat: number
    lng_text: string | null
    lat_text: string | null
  }
  const toSecret = (row: Row, allowedRoles: readonly Role[]): Secret => ({
    what: row.what,
    lng: row.lng,
    lat: row.lat,
    lngText: row.lng_text,
    latText: row.lat_text,
    allowedRoles,
    ownerId: row.owner_id,
  })
  const sensitive = await client.query<Row>(
    `select 'sensitive place ' || a.name as what, null as owner_id, ${coordinates}
     from public.assets a, lateral (select a.point as p) point where a.is_sensitive`,
  )
  secrets.push(...sensitive.map((row) => toSecret(row, ['safeguarding', 'admin'])))

  const columns = await client.query<{ relation: string; column_name: string; has_owner: boolean }>(
    `select format('%I.%I', n.nspname, c.relname) as relation, a.attname as column_name,
       exists (select 1 from pg_catalog.pg_attribute o
               where o.attrelid = c.oid and o.attname = 'user_id' and not o.attisdropped) as has_owner
     from pg_catalog.pg_attribute a
     join pg_catalog.pg_class c on c.oid = a.attrelid
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
       and n.nspname not in ('pg_catalog', 'information_schema') and ${notExtensionOwned('c')}
       and pg_catalog.col_description(c.oid, a.attnum) ilike 'private location%'`,
  )
  for (const column of columns) {
    if (!column.has_owner) {
      throw new Error(
        `${column.relation}.${column.column_name} is a private location but ${column.relation} has no user_id column saying whose.`,
      )
    }
    const rows = await client.query<Row>(
      `select 'private location ' || $1 || ' of ' || coalesce(t.user_id::text, 'no account') as what, t.user_id::text as owner_id, ${coordinates}
       from ${column.relation} t,
         lateral (select extensions.st_transform(t.${column.column_name}::extensions.geometry, 4326) as p) point
       where t.${column.column_name} is not null`,
      [`${column.relation}.${column.column_name}`],
    )
    secrets.push(...rows.map((row) => toSecret(row, ['admin'])))
  }
  return secrets
}

/**
 * Every exposed table and view (all rows), and every call of every exposed function that the
 * matrix makes. `uncallable` lists functions the matrix gives no call for.
 */
export async function listSources(
  client: SqlClient,
  matrix: Readonly<Record<string, MatrixEntry>>,
  users: MatrixUsers,
): Promise<{ sources: Source[]; uncallable: string[] }> {
  const sources: Source[] = []
  const uncallable: string[] = []
  for (const object of await listExposedObjects(client)) {
    if (object.kind !== 'function') {
      const [{ columns }] = (await client.query<{ columns: string[] }>(
        `select coalesce(array_agg(a.attname::text order by a.attnum), '{}') as columns
         from pg_catalog.pg_attribute a join pg_catalog.pg_type t on t.oid = a.atttypid
         where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped
           and t.typname in ('geometry', 'geography')`,
        [object.name],
      )) as [{ columns: string[] }]
      sources.push({
        name: object.name,
        statement: { sql: `select * from ${object.name}` },
        geometryColumns: columns,
      })
      continue
    }
    const entry = matrix[object.name]
    if (!entry || entry.kind !== 'function' || entry.cases.length === 0) {
      uncallable.push(object.name)
      continue
    }
    const geometryColumns = await functionGeometryColumns(client, object.name)
    for (const call of entry.cases) {
      sources.push({
        name: `${object.name}: ${call.name}`,
        statement: call.statement(users),
        geometryColumns,
      })
    }
  }
  return { sources, uncallable }
}

/** The result columns of a function (OUT/TABLE parameters, a row type, or itself) that are spatial. */
async function functionGeometryColumns(client: SqlClient, name: string): Promise<string[]> {
  const [row] = await client.query<{ columns: string[] }>(
    `select coalesce(
       (select array_agg(a.name::text) from unnest(p.proallargtypes, p.proargmodes, p.proargnames) a (type, mode, name)
        join pg_catalog.pg_type t on t.oid = a.type
        where a.mode in ('o', 'b', 't') and t.typname in ('geometry', 'geography')),
       (select array_agg(a.attname::text) from pg_catalog.pg_attribute a
        join pg_catalog.pg_type t on t.oid = a.atttypid
        where a.attrelid = r.typrelid and a.attnum > 0 and not a.attisdropped
          and t.typname in ('geometry', 'geography')),
       case when r.typname in ('geometry', 'geography') then array[p.proname::text] end,
       '{}') as columns
     from pg_catalog.pg_proc p join pg_catalog.pg_type r on r.oid = p.prorettype
     where p.oid = $1::regprocedure`,
    [name],
  )
  return row?.columns ?? []
}

/**
 * As each actor, in a savepoint rolled back after each call (so `tx` must be a transaction), which
 * secrets each source shows: a geometry or geography value with a vertex within 1 cm of the point,
 * or a row whose JSON text holds both of its coordinates (numbers, text, GeoJSON).
 */
export async function findSightings(
  tx: SqlClient,
  actors: Readonly<Partial<Record<Role, Actor>>>,
  sources: readonly Source[],
  secrets: readonly Secret[],
  /**
   * Take any error as nothing shown: for people whose calls name rows they cannot see (roles held
   * in another programme), where "there is no such asset" is the right answer, not a broken probe.
   */
  options: { errorsShowNothing?: boolean } = {},
): Promise<{ sightings: Sighting[]; checks: number }> {
  const sightings: Sighting[] = []
  let checks = 0
  if (secrets.length === 0) return { sightings, checks }
  for (const source of sources) {
    const offset = source.statement.params?.length ?? 0
    const secret = (index: number) => `$${offset + index}`
    const spatial = source.geometryColumns.map(
      (column) => `extensions.st_dwithin(
        extensions.st_points(extensions.st_transform(r."${column}"::extensions.geometry, 4326)),
        extensions.st_setsrid(extensions.st_makepoint(s.lng, s.lat), 4326), 1e-7)`,
    )
    const sql = `with r as (${source.statement.sql})
      select s.what from unnest(${secret(1)}::text[], ${secret(2)}::float8[], ${secret(3)}::float8[],
        ${secret(4)}::text[], ${secret(5)}::text[]) as s (what, lng, lat, lng_text, lat_text)
      where exists (
        select 1 from r where
          (strpos(to_jsonb(r)::text, s.lng_text) > 0 and strpos(to_jsonb(r)::text, s.lat_text) > 0)
          ${spatial.map((condition) => `or coalesce(${condition}, false)`).join('\n')})`
    const params = [
      ...(source.statement.params ?? []),
      secrets.map((s) => s.what),
      secrets.map((s) => s.lng),
      secrets.map((s) => s.lat),
      secrets.map((s) => s.lngText),
      secrets.map((s) => s.latText),
    ]
    for (const [role, actor] of Object.entries(actors) as [Role, Actor][]) {
      const rows = await queryInSavepoint<{ what: string }>(tx, actor, sql, params, options)
      checks += secrets.length
      for (const row of rows) sightings.push({ source: source.name, role, secret: row.what })
    }
  }
  return { sightings, checks }
}

/** Runs `sql` as the actor inside a savepoint, then rolls it back; a refusal sees nothing. */
async function queryInSavepoint<Row>(
  tx: SqlClient,
  actor: Actor,
  sql: string,
  params: readonly unknown[],
  options: { errorsShowNothing?: boolean },
): Promise<Row[]> {
  await tx.query('savepoint as_actor')
  try {
    await tx.query(`select set_config('role', $1, true)`, [actor.role])
    const claims =
      actor.role === 'anon' ? { role: 'anon' } : { role: 'authenticated', sub: actor.userId }
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)])
    return await tx.query<Row>(sql, params)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // Refused or denied: nothing was shown. Anything else is a broken probe, and must fail loudly.
    if (/^permission denied for |violates row-level security policy/.test(message)) return []
    if ((error as { code?: unknown }).code === '42501') return []
    if (options.errorsShowNothing) return []
    throw new Error(`${sql.slice(0, 200)}… failed as ${actor.role}: ${message}`, { cause: error })
  } finally {
    await tx.query('rollback to savepoint as_actor')
    await tx.query('release savepoint as_actor')
  }
}
