import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPOSED_SCHEMAS } from './security/catalog'
import { LINT_RULES, lintDatabase, type LintFinding, type LintRule } from './security/database-lint'
import { expectedAnonGrants } from './security/policy-matrix'
import { openTestDatabase, type TestDatabase } from './support/test-database'

// The lint over the migrated database must find nothing; and for each rule, an offending object
// made on purpose in a scratch schema (exposed for the test, in a transaction rolled back after)
// must be named by that rule.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

const SCRATCH = 'lint_scratch'

/** Runs `sql` in a new scratch schema, lints with that schema exposed, and rolls it all back. */
async function lintWith(sql: string): Promise<LintFinding[]> {
  const rollback = new Error('rollback')
  let findings: LintFinding[] = []
  try {
    await db.admin.transaction(async (tx) => {
      await tx.exec(`create schema ${SCRATCH}; ${sql}`)
      findings = await lintDatabase(tx, {
        expectedAnonGrants: expectedAnonGrants(),
        exposedSchemas: [...EXPOSED_SCHEMAS, SCRATCH],
      })
      throw rollback
    })
  } catch (error) {
    if (error !== rollback) throw error
  }
  return findings
}

const offences: { rule: LintRule; object: string; sql: string }[] = [
  {
    rule: 'rls_disabled_in_exposed_schema',
    object: 'lint_scratch.open_table',
    sql: `create table lint_scratch.open_table (id int primary key);`,
  },
  {
    rule: 'policy_allows_all_to_anon',
    object: 'lint_scratch.notes: "Anyone can write notes"',
    sql: `create table lint_scratch.notes (id int primary key);
          alter table lint_scratch.notes enable row level security;
          create policy "Anyone can write notes" on lint_scratch.notes
            for insert to anon with check (true);`,
  },
  {
    rule: 'policy_for_all_commands',
    object: 'lint_scratch.notes: "Members manage notes"',
    sql: `create table lint_scratch.notes (id int primary key);
          alter table lint_scratch.notes enable row level security;
          create policy "Members manage notes" on lint_scratch.notes
            for all to authenticated using (id > 0);`,
  },
  {
    rule: 'policy_without_role',
    object: 'lint_scratch.notes: "Notes are readable"',
    sql: `create table lint_scratch.notes (id int primary key);
          alter table lint_scratch.notes enable row level security;
          create policy "Notes are readable" on lint_scratch.notes for select using (true);`,
  },
  {
    rule: 'bare_auth_call_in_policy',
    object: 'lint_scratch.notes: "Owners read their notes"',
    sql: `create table lint_scratch.notes (id int primary key, owner_id uuid);
          create index on lint_scratch.notes (owner_id);
          alter table lint_scratch.notes enable row level security;
          create policy "Owners read their notes" on lint_scratch.notes
            for select to authenticated using (owner_id = auth.uid());`,
  },
  {
    rule: 'security_definer_without_search_path',
    object: 'lint_scratch.elevated()',
    sql: `create function lint_scratch.elevated() returns int language sql security definer as 'select 1';
          comment on function lint_scratch.elevated() is 'Why: none.';
          revoke execute on function lint_scratch.elevated() from public;`,
  },
  {
    rule: 'security_definer_without_comment',
    object: 'lint_scratch.elevated()',
    sql: `create function lint_scratch.elevated() returns int language sql security definer
            set search_path = '' as 'select 1';
          revoke execute on function lint_scratch.elevated() from public;`,
  },
  {
    rule: 'function_executable_by_public',
    object: 'lint_scratch.open_function()',
    sql: `create function lint_scratch.open_function() returns int language sql as 'select 1';`,
  },
  {
    // As PostGIS 3.3 ships st_estimatedextent: security definer, execute left to public.
    rule: 'extension_reader_executable_by_api',
    object: 'extensions.scratch_extent(text)',
    sql: `create function extensions.scratch_extent(p_table text) returns text
            language sql security definer set search_path = '' as 'select p_table';`,
  },
  {
    rule: 'extension_reader_executable_by_api',
    object: 'extensions._postgis_stats(regclass, text, text)',
    sql: `grant execute on function extensions._postgis_stats(regclass, text, text) to anon;`,
  },
  {
    // Any schema outside the project's, here one a platform might add, and signed-in users only.
    rule: 'extension_reader_executable_by_api',
    object: 'lint_platform.elevated()',
    sql: `create schema lint_platform;
          create function lint_platform.elevated() returns int
            language sql security definer set search_path = '' as 'select 1';
          revoke execute on function lint_platform.elevated() from public;
          grant usage on schema lint_platform to authenticated;
          grant execute on function lint_platform.elevated() to authenticated;`,
  },
  {
    rule: 'view_without_security_invoker',
    object: 'lint_scratch.owner_view',
    sql: `create view lint_scratch.owner_view as select asset_id from public.assets;`,
  },
  {
    rule: 'materialized_view_in_exposed_schema',
    object: 'lint_scratch.asset_snapshot',
    sql: `create materialized view lint_scratch.asset_snapshot as select asset_id from public.assets;
          grant select on lint_scratch.asset_snapshot to authenticated;`,
  },
  {
    rule: 'unexpected_anon_grant',
    object: 'lint_scratch.leaky',
    sql: `create table lint_scratch.leaky (id int primary key);
          alter table lint_scratch.leaky enable row level security;
          grant select on lint_scratch.leaky to anon;`,
  },
  {
    rule: 'unexpected_anon_grant',
    object: 'lint_scratch.anon_function()',
    sql: `create function lint_scratch.anon_function() returns int language sql as 'select 1';
          revoke execute on function lint_scratch.anon_function() from public;
          grant execute on function lint_scratch.anon_function() to anon;`,
  },
  {
    rule: 'unexpected_anon_grant',
    object: 'lint_scratch.ticket_seq',
    sql: `create sequence lint_scratch.ticket_seq;
          grant usage on sequence lint_scratch.ticket_seq to anon;`,
  },
  {
    rule: 'unexpected_anon_grant',
    object: 'public.wards',
    sql: `grant insert on public.wards to anon;`,
  },
  {
    // PostGIS cannot be installed twice or moved, so the catalog row is pointed at the scratch
    // schema inside the transaction, which is rolled back.
    rule: 'postgis_outside_extensions_schema',
    object: 'postgis',
    sql: `update pg_catalog.pg_extension set extnamespace = 'lint_scratch'::regnamespace
          where extname = 'postgis';`,
  },
  {
    rule: 'extension_in_exposed_schema',
    object: 'postgis',
    sql: `update pg_catalog.pg_extension set extnamespace = 'lint_scratch'::regnamespace
          where extname = 'postgis';`,
  },
  {
    rule: 'unindexed_foreign_key',
    object: 'lint_scratch.children.children_parent_id_fkey',
    sql: `create table lint_scratch.parents (parent_id int primary key);
          create table lint_scratch.children (
            child_id int primary key, parent_id int references lint_scratch.parents (parent_id));
          alter table lint_scratch.parents enable row level security;
          alter table lint_scratch.children enable row level security;`,
  },
  {
    rule: 'geometry_without_spatial_index',
    object: 'lint_scratch.places.point',
    sql: `create table lint_scratch.places (
            place_id int primary key, point extensions.geometry(Point, 4326));
          alter table lint_scratch.places enable row level security;`,
  },
]

describe('database lint', () => {
  it('finds nothing wrong in the migrated database', async () => {
    const findings = await lintDatabase(db.admin, { expectedAnonGrants: expectedAnonGrants() })
    expect(findings).toEqual([])
  })

  it('has an offending example for every rule', () => {
    const covered = new Set(offences.map((offence) => offence.rule))
    expect(Object.keys(LINT_RULES).filter((rule) => !covered.has(rule as LintRule))).toEqual([])
  })

  it.each(offences)('$rule: names $object', async ({ rule, object, sql }) => {
    const findings = await lintWith(sql)
    expect(findings).toContainEqual(expect.objectContaining({ rule, object }))
  })

  it('finds nothing in a scratch schema built the way the project builds', async () => {
    const findings = await lintWith(`
      create table lint_scratch.places (
        place_id uuid primary key default gen_random_uuid(),
        owner_id uuid references auth.users (id),
        point extensions.geometry(Point, 4326) not null);
      create index places_owner_id_idx on lint_scratch.places (owner_id);
      create index places_point_idx on lint_scratch.places using gist (point);
      alter table lint_scratch.places enable row level security;
      create policy "Owners read their places" on lint_scratch.places
        for select to authenticated using (owner_id = (select auth.uid()));
      create view lint_scratch.place_list with (security_invoker = true) as
        select place_id from lint_scratch.places;
      create function lint_scratch.count_places() returns bigint
        language sql stable security definer set search_path = ''
        as 'select count(*) from lint_scratch.places';
      comment on function lint_scratch.count_places() is 'Why: counts without showing rows.';
      revoke execute on function lint_scratch.count_places() from public;
      grant execute on function lint_scratch.count_places() to authenticated;`)
    expect(findings).toEqual([])
  })
})
