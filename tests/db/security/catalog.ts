// Catalog queries shared by the lint, the policy matrix and the location privacy test, so that all
// three name objects the same way and agree on what the API exposes.
import type { SqlClient } from '../../../src/db/sql-client'

/** Schemas PostgREST exposes (graphql_public only where pg_graphql is installed). */
export const EXPOSED_SCHEMAS = ['public', 'graphql_public'] as const

/** SQL: true when the pg_class (`c`) or pg_proc (`p`) row is not owned by an extension. */
export const notExtensionOwned = (alias: 'c' | 'p') => `not exists (
  select 1 from pg_catalog.pg_depend d
  where d.classid = '${alias === 'c' ? 'pg_class' : 'pg_proc'}'::regclass
    and d.objid = ${alias}.oid and d.deptype = 'e')`

/** SQL: a function's name as the matrix and lint write it, `public.fn(uuid, text)`. */
export const FUNCTION_NAME = `n.nspname || '.' || p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')'`

export type ExposedKind = 'table' | 'view' | 'function'

export interface ExposedObject {
  name: string
  kind: ExposedKind
}

/**
 * Every table, view and function the API could reach: in the exposed schemas, not owned by an
 * extension. Materialized and foreign tables count as tables, sequences are left to the lint.
 */
export function listExposedObjects(
  client: SqlClient,
  schemas: readonly string[] = EXPOSED_SCHEMAS,
): Promise<ExposedObject[]> {
  return client.query<ExposedObject>(
    `select n.nspname || '.' || c.relname as name,
       case when c.relkind = 'v' then 'view' else 'table' end as kind
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any ($1::text[]) and c.relkind in ('r', 'p', 'v', 'm', 'f')
       and not c.relispartition and ${notExtensionOwned('c')}
     union all
     select ${FUNCTION_NAME}, 'function'
     from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where n.nspname = any ($1::text[]) and ${notExtensionOwned('p')}
     order by 1`,
    [[...schemas]],
  )
}
