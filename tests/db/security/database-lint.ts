// The project's database lint: SQL over the catalog, in the spirit of Supabase's splinter, run by
// tests/db/database-lint.test.ts in CI against the migrated database. Objects owned by extensions
// (PostGIS's functions, spatial_ref_sys, …: pg_depend deptype 'e') are out of scope, except for
// extension_reader_executable_by_api, which is about them.
import type { SqlClient } from '../../../src/db/sql-client'
import { EXPOSED_SCHEMAS, FUNCTION_NAME, notExtensionOwned } from './catalog'

export const LINT_RULES = {
  rls_disabled_in_exposed_schema: 'a table in an exposed schema without Row Level Security',
  policy_allows_all_to_anon:
    'a policy that lets anon (or everyone) write every row, or do anything',
  policy_for_all_commands: 'a policy `for all` instead of one policy per operation',
  policy_without_role: 'a policy without `to <role>` (it applies to public)',
  bare_auth_call_in_policy: 'a policy calling auth.uid() (or jwt/role) without (select …)',
  security_definer_without_search_path: 'a security definer function without a fixed search_path',
  security_definer_without_comment: 'a security definer function without a comment saying why',
  function_executable_by_public: 'a function with execute left granted to public',
  extension_reader_executable_by_api:
    "a security definer function outside the project's schemas, or a reader of planner statistics, that anon or authenticated can execute",
  view_without_security_invoker: 'a view in an exposed schema without security_invoker',
  materialized_view_in_exposed_schema: 'a materialized view (no RLS) readable through the API',
  unexpected_anon_grant: 'a table, view, sequence or function granted to anon beyond the matrix',
  extension_in_exposed_schema: 'an extension installed in an exposed schema',
  postgis_outside_extensions_schema: 'PostGIS installed outside the extensions schema',
  unindexed_foreign_key: 'a foreign key without an index on its columns',
  geometry_without_spatial_index: 'a geometry or geography column without a spatial index',
} as const

export type LintRule = keyof typeof LINT_RULES

export interface LintFinding {
  rule: LintRule
  /** The offending object: `schema.table`, `schema.table.column`, `schema.fn(arg types)`, … */
  object: string
  /** What is wrong and what to do, for a person reading CI output. */
  message: string
}

export type AnonPrivilege =
  | 'SELECT'
  | 'INSERT'
  | 'UPDATE'
  | 'DELETE'
  | 'TRUNCATE'
  | 'REFERENCES'
  | 'TRIGGER'
  | 'USAGE'
  | 'EXECUTE'

export interface LintOptions {
  /** What anon may hold, object name → privileges (derived from the policy matrix). */
  expectedAnonGrants: ReadonlyMap<string, ReadonlySet<AnonPrivilege>>
  /** Schemas the API (PostgREST) exposes. */
  exposedSchemas?: readonly string[]
  /** The project's schemas that are not exposed but hold its functions and tables. */
  internalSchemas?: readonly string[]
  /** Where extensions belong, as on Supabase. */
  extensionsSchema?: string
}

export const DEFAULT_INTERNAL_SCHEMAS = ['private'] as const

/**
 * PostGIS functions that read a table's planner statistics or spatial index, which Row Level
 * Security does not filter: st_estimatedextent gives the bounding box of rows the caller may not
 * read, _postgis_stats their count. Every overload, in any schema. Migration
 * 20261207140000_extension_readers_closed_to_api.sql revokes the same list.
 */
export const STATISTICS_READERS = [
  'st_estimatedextent',
  'st_estimated_extent',
  '_postgis_stats',
  '_postgis_selectivity',
  '_postgis_join_selectivity',
  '_postgis_index_extent',
] as const

/**
 * Lints the database `client` is connected to and returns every finding (empty when clean).
 * Run it as the owner of the migrations (a superuser in tests).
 */
export async function lintDatabase(
  client: SqlClient,
  options: LintOptions,
): Promise<LintFinding[]> {
  const exposed = [...(options.exposedSchemas ?? EXPOSED_SCHEMAS)]
  const project = [...exposed, ...(options.internalSchemas ?? DEFAULT_INTERNAL_SCHEMAS)]
  const extensionsSchema = options.extensionsSchema ?? 'extensions'
  const findings: LintFinding[] = []
  const add = (rule: LintRule, object: string, message: string) =>
    findings.push({ rule, object, message })

  const tablesWithoutRls = await client.query<{ object: string }>(
    `select n.nspname || '.' || c.relname as object
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any ($1::text[]) and c.relkind in ('r', 'p') and not c.relrowsecurity
       and ${notExtensionOwned('c')}
     order by 1`,
    [exposed],
  )
  for (const { object } of tablesWithoutRls) {
    add(
      'rls_disabled_in_exposed_schema',
      object,
      `${object} is in an exposed schema without Row Level Security: every role with a grant reads and writes every row. Enable RLS and add one policy per operation.`,
    )
  }

  for (const policy of await readPolicies(client, project)) {
    lintPolicy(policy, add)
  }

  const functions = await client.query<{
    object: string
    security_definer: boolean
    config: string[] | null
    has_comment: boolean
    public_execute: boolean
  }>(
    `select ${FUNCTION_NAME} as object,
       p.prosecdef as security_definer,
       p.proconfig as config,
       pg_catalog.obj_description(p.oid, 'pg_proc') is not null as has_comment,
       (p.proacl is null or exists (
         select 1 from pg_catalog.aclexplode(p.proacl) a
         where a.grantee = 0 and a.privilege_type = 'EXECUTE')) as public_execute
     from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where n.nspname = any ($1::text[]) and ${notExtensionOwned('p')}
     order by 1`,
    [project],
  )
  for (const fn of functions) {
    const fixedPath = (fn.config ?? []).some((setting) => setting.startsWith('search_path='))
    if (fn.security_definer && !fixedPath) {
      add(
        'security_definer_without_search_path',
        fn.object,
        `${fn.object} is security definer without a fixed search_path: a caller's search_path could make it run their objects with the owner's rights. Add \`set search_path = ''\` and qualify every name.`,
      )
    }
    if (fn.security_definer && !fn.has_comment) {
      add(
        'security_definer_without_comment',
        fn.object,
        `${fn.object} is security definer with no comment saying why it must bypass the caller's rights: add \`comment on function\`.`,
      )
    }
    if (fn.public_execute) {
      add(
        'function_executable_by_public',
        fn.object,
        `${fn.object} leaves execute granted to public (every role, anon included): revoke it from public and grant it to the roles that need it.`,
      )
    }
  }

  // The project's own security definer functions are reviewed (the rules above); anywhere else
  // (extensions, and any schema an extension or a platform adds) one is a way around the caller's
  // rights that nobody here reviewed, and so is a statistics reader wherever it is.
  const foreignReaders = await client.query<{ object: string; security_definer: boolean }>(
    `select ${FUNCTION_NAME} as object, p.prosecdef as security_definer
     from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where ((p.prosecdef and n.nspname <> all ($1::text[])) or p.proname = any ($2::text[]))
       and (pg_catalog.has_function_privilege('anon', p.oid, 'EXECUTE')
         or pg_catalog.has_function_privilege('authenticated', p.oid, 'EXECUTE'))
     order by 1`,
    [project, [...STATISTICS_READERS]],
  )
  for (const fn of foreignReaders) {
    add(
      'extension_reader_executable_by_api',
      fn.object,
      `${fn.object} ${fn.security_definer ? "is security definer outside the project's schemas" : "reads a table's planner statistics or spatial index"} and anon or authenticated can execute it: it answers about rows that Row Level Security hides from them (st_estimatedextent gave the extent of every home). Revoke execute from public, anon and authenticated, as 20261207140000_extension_readers_closed_to_api.sql does.`,
    )
  }

  const views = await client.query<{ object: string; kind: string; api_readable: boolean }>(
    `select n.nspname || '.' || c.relname as object, c.relkind::text as kind,
       pg_catalog.has_table_privilege('anon', c.oid, 'SELECT')
         or pg_catalog.has_table_privilege('authenticated', c.oid, 'SELECT') as api_readable
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any ($1::text[]) and c.relkind in ('v', 'm')
       and ${notExtensionOwned('c')}
       and (c.relkind = 'm' or not exists (
         select 1 from unnest(coalesce(c.reloptions, '{}')) o
         where lower(o) in ('security_invoker=true', 'security_invoker=on', 'security_invoker=1', 'security_invoker=yes')))
     order by 1`,
    [exposed],
  )
  for (const view of views) {
    if (view.kind === 'v') {
      add(
        'view_without_security_invoker',
        view.object,
        `${view.object} runs with its owner's rights, so it bypasses Row Level Security on the tables it reads: create it \`with (security_invoker = true)\`.`,
      )
    } else if (view.api_readable) {
      add(
        'materialized_view_in_exposed_schema',
        view.object,
        `${view.object} is a materialized view readable by anon or authenticated: it has no Row Level Security. Move it to a private schema or revoke select.`,
      )
    }
  }

  for (const grant of await readAnonGrants(client, exposed)) {
    if (options.expectedAnonGrants.get(grant.object)?.has(grant.privilege)) continue
    add(
      'unexpected_anon_grant',
      grant.object,
      `anon holds ${grant.privilege} on ${grant.object} (${grant.kind}), which the policy matrix does not expect: revoke it, or add the cell to tests/db/security/policy-matrix.ts.`,
    )
  }

  const extensions = await client.query<{ name: string; schema: string }>(
    `select e.extname as name, n.nspname as schema
     from pg_catalog.pg_extension e join pg_catalog.pg_namespace n on n.oid = e.extnamespace
     where n.nspname = any ($1::text[])
        or (e.extname in ('postgis', 'postgis_raster', 'postgis_sfcgal') and n.nspname <> $2)
     order by 1`,
    [exposed, extensionsSchema],
  )
  for (const extension of extensions) {
    if (exposed.includes(extension.schema)) {
      add(
        'extension_in_exposed_schema',
        extension.name,
        `Extension ${extension.name} is installed in exposed schema ${extension.schema}: its functions and tables become API surface. Install it \`with schema ${extensionsSchema}\`.`,
      )
    }
    if (extension.name.startsWith('postgis') && extension.schema !== extensionsSchema) {
      add(
        'postgis_outside_extensions_schema',
        extension.name,
        `${extension.name} is installed in schema ${extension.schema}, not ${extensionsSchema}: \`create extension ${extension.name} with schema ${extensionsSchema}\`.`,
      )
    }
  }

  const foreignKeys = await client.query<{ object: string; name: string; columns: string }>(
    `select n.nspname || '.' || c.relname as object, con.conname as name,
       (select string_agg(a.attname, ', ' order by k.ord)
        from unnest(con.conkey) with ordinality k (attnum, ord)
        join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as columns
     from pg_catalog.pg_constraint con
     join pg_catalog.pg_class c on c.oid = con.conrelid
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where con.contype = 'f' and con.conparentid = 0 and n.nspname = any ($1::text[])
       and ${notExtensionOwned('c')}
       and not exists (
         -- An index whose leading key columns are the foreign key's columns, in any order.
         select 1 from pg_catalog.pg_index i
         where i.indrelid = con.conrelid and i.indpred is null
           and i.indnkeyatts >= cardinality(con.conkey)
           and (select array_agg(i.indkey[k]) from generate_series(0, cardinality(con.conkey) - 1) k)
               operator(pg_catalog.@>) con.conkey
           and (select array_agg(i.indkey[k]) from generate_series(0, cardinality(con.conkey) - 1) k)
               operator(pg_catalog.<@) con.conkey)
     order by 1, 2`,
    [project],
  )
  for (const fk of foreignKeys) {
    add(
      'unindexed_foreign_key',
      `${fk.object}.${fk.name}`,
      `Foreign key ${fk.name} on ${fk.object} (${fk.columns}) has no index starting with its columns: deletes in the referenced table and joins scan ${fk.object}. Add one.`,
    )
  }

  const geometryColumns = await client.query<{ object: string; type: string }>(
    `select n.nspname || '.' || c.relname || '.' || a.attname as object, t.typname as type
     from pg_catalog.pg_attribute a
     join pg_catalog.pg_class c on c.oid = a.attrelid
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     join pg_catalog.pg_type t on t.oid = a.atttypid
     where c.relkind in ('r', 'p', 'm') and a.attnum > 0 and not a.attisdropped
       and t.typname in ('geometry', 'geography') and n.nspname = any ($1::text[])
       and ${notExtensionOwned('c')}
       and not exists (
         select 1 from pg_catalog.pg_index i
         join pg_catalog.pg_class ic on ic.oid = i.indexrelid
         join pg_catalog.pg_am am on am.oid = ic.relam
         where i.indrelid = c.oid and am.amname in ('gist', 'spgist', 'brin')
           and a.attnum = any (i.indkey::int2[]))
     order by 1`,
    [project],
  )
  for (const column of geometryColumns) {
    add(
      'geometry_without_spatial_index',
      column.object,
      `${column.object} is a ${column.type} column without a spatial (GiST) index: containment and nearest-neighbour queries scan the table. \`create index … using gist (…)\`.`,
    )
  }

  return findings
}

interface PolicyRow {
  table: string
  name: string
  command: 'r' | 'a' | 'w' | 'd' | '*'
  permissive: boolean
  to_public: boolean
  to_anon: boolean
  using_expression: string | null
  check_expression: string | null
}

function readPolicies(client: SqlClient, schemas: string[]) {
  return client.query<PolicyRow>(
    `select n.nspname || '.' || c.relname as table, p.polname as name, p.polcmd::text as command,
       p.polpermissive as permissive,
       0::oid = any (p.polroles) as to_public,
       exists (select 1 from pg_catalog.pg_roles r where r.oid = any (p.polroles) and r.rolname = 'anon') as to_anon,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) as using_expression,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) as check_expression
     from pg_catalog.pg_policy p
     join pg_catalog.pg_class c on c.oid = p.polrelid
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any ($1::text[])
     order by 1, 2`,
    [schemas],
  )
}

// auth.uid(), auth.jwt(), auth.role() and current_setting() are evaluated once per statement only
// inside a scalar subquery (an initPlan); bare, they run once per row. pg_get_expr prints a
// wrapped call as `( SELECT auth.uid() AS uid)`.
const AUTH_CALL = /\b(auth\.(?:uid|jwt|role)|current_setting)\(/gi
const WRAPPED_AUTH_CALL = /\(\s*SELECT\s+(auth\.(?:uid|jwt|role)|current_setting)\(/gi

function lintPolicy(
  policy: PolicyRow,
  add: (rule: LintRule, object: string, text: string) => void,
) {
  const object = `${policy.table}: "${policy.name}"`
  const isConstantTrue = (expression: string | null) =>
    expression === null || /^\(*true\)*$/i.test(expression.trim())
  const writes = policy.command === 'a' || policy.command === 'w' || policy.command === 'd'
  if (
    policy.permissive &&
    (policy.to_anon || policy.to_public) &&
    (writes || policy.command === '*') &&
    isConstantTrue(policy.command === 'a' ? policy.check_expression : policy.using_expression) &&
    (policy.command !== 'w' || isConstantTrue(policy.check_expression))
  ) {
    add(
      'policy_allows_all_to_anon',
      object,
      `Policy ${object} lets ${policy.to_public ? 'every role' : 'anon'} ${policy.command === '*' ? 'do anything to' : 'write'} every row: anon may only read public rows and write through rate-limited RPCs.`,
    )
  }
  if (policy.command === '*') {
    add(
      'policy_for_all_commands',
      object,
      `Policy ${object} is \`for all\`: write one policy per operation, so each names who may select, insert, update and delete.`,
    )
  }
  if (policy.to_public) {
    add(
      'policy_without_role',
      object,
      `Policy ${object} has no \`to <role>\`, so it applies to every role: name the roles.`,
    )
  }
  for (const expression of [policy.using_expression, policy.check_expression]) {
    if (expression === null) continue
    const calls = expression.match(AUTH_CALL)?.length ?? 0
    const wrapped = expression.match(WRAPPED_AUTH_CALL)?.length ?? 0
    if (calls > wrapped) {
      add(
        'bare_auth_call_in_policy',
        object,
        `Policy ${object} calls auth.uid() (or auth.jwt(), auth.role(), current_setting()) bare, so it runs once per row: write \`(select auth.uid())\`.`,
      )
      break
    }
  }
}

interface AnonGrant {
  object: string
  kind: string
  privilege: AnonPrivilege
}

function readAnonGrants(client: SqlClient, exposed: string[]) {
  return client.query<AnonGrant>(
    `select n.nspname || '.' || c.relname as object,
       case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table'
         else 'table' end as kind,
       priv as privilege
     from pg_catalog.pg_class c
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) priv
     where n.nspname = any ($1::text[]) and c.relkind in ('r', 'p', 'v', 'm', 'f')
       and ${notExtensionOwned('c')}
       and (pg_catalog.has_table_privilege('anon', c.oid, priv)
         or (priv in ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES')
           and pg_catalog.has_any_column_privilege('anon', c.oid, priv)))
     union all
     select n.nspname || '.' || c.relname, 'sequence', priv
     from pg_catalog.pg_class c
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     cross join unnest(array['USAGE', 'SELECT', 'UPDATE']) priv
     where n.nspname = any ($1::text[]) and c.relkind = 'S'
       and ${notExtensionOwned('c')}
       and pg_catalog.has_sequence_privilege('anon', c.oid, priv)
     union all
     select ${FUNCTION_NAME}, 'function', 'EXECUTE'
     from pg_catalog.pg_proc p
     join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where n.nspname = any ($1::text[]) and ${notExtensionOwned('p')}
       and pg_catalog.has_function_privilege('anon', p.oid, 'EXECUTE')
     order by 1, 3`,
    [exposed],
  )
}
