// The policy matrix: one table of who may do what to every table, view and function the API
// exposes. tests/db/policy-matrix.test.ts seeds the rows below, tries every case as every role in
// a rolled-back transaction and compares what happened with this table; it fails when the catalog
// holds an object this table lacks, or this table names one that does not exist. The database
// lint derives from it what anon may be granted.
//
// Adding a table, view or RPC: add an entry here (seed rows for a table; a case for every
// operation), run `npx vitest run --project db tests/db/policy-matrix.test.ts`, and read the diff.
import type { AnonPrivilege } from './database-lint'
import { RESIDENTS_MATRIX } from './residents-matrix'
import { RESIDENTS_SHARING_MATRIX } from './residents-sharing-matrix'
import { ASSET_MAPPING_MATRIX } from './policy-matrix-asset-mapping'
import { ASSET_PHOTOS_MATRIX } from './asset-photos-matrix'
import { ROLES_MATRIX } from './policy-matrix-roles'
import { TIME_BANK_MATRIX } from './time-bank-matrix'
import { TIME_BANK_LEDGER_MATRIX } from './time-bank-ledger-matrix'
import { TIME_BANK_MEMBERS_MATRIX } from './time-bank-members-matrix'
import { readOnlyView } from './matrix-entries'
import { PARTNERS_MATRIX } from './partners-matrix'
import { DIRECTORY_IMPORT_MATRIX } from './directory-import-matrix'
import { ASSET_IMPORTS_MATRIX } from './asset-imports-matrix'
import { SCHEME_TAXONOMY_MATRIX } from './scheme-taxonomy-matrix'

import { everyone, PROGRAMME_ROLES, ROLES, signedIn, type ByRole, type Role } from './matrix-roles'

export { ROLES, type ByRole, type Role }

/**
 * What one statement did. `ok`: it ran (and wrote or returned its row); `refused`: Row Level
 * Security refused the new row, or the function refused the caller (SQLSTATE 42501 with its own
 * message); `denied`: the role holds no privilege for it (or, for a view Postgres cannot write,
 * nobody can).
 */
export type Outcome = 'ok' | 'refused' | 'denied'

/**
 * What an update or delete did to each seeded row: `denied` as a whole, or the labels of the rows
 * it changed (a list), or changed and refused ones; every other seeded row must be untouched
 * because RLS hid it.
 */
export type RowsExpectation =
  | 'denied'
  | readonly string[]
  | { readonly ok: readonly string[]; readonly refused: readonly string[] }

/** The seeded rows a select returns, by label, or `denied`. */
export type SelectExpectation = 'denied' | readonly string[]

/** The people the seeds may refer to: one per role but anon, and `other`, who holds no role. */
export type MatrixUsers = Readonly<Record<Exclude<Role, 'anon'> | 'other', string>>

export interface Statement {
  sql: string
  params?: readonly unknown[]
}

/** A statement run once per role. */
export interface StatementCase {
  name: string
  op: 'insert' | 'execute'
  statement: (users: MatrixUsers) => Statement
  expect: ByRole<Outcome>
}

/** An update (`set`) or delete tried on every seeded row, one row per transaction. */
export interface RowCase {
  name: string
  op: 'update' | 'delete'
  /** For an update, the `set` list, e.g. `name = name`. */
  set?: string
  expect: ByRole<RowsExpectation>
}

export interface RelationEntry {
  kind: 'table' | 'view'
  /** SQL expression naming a row, read as text (the primary key). */
  key: string
  /** Run by the superuser in order; each statement returns rows (label, key). */
  seed: (users: MatrixUsers) => readonly Statement[]
  select: ByRole<SelectExpectation>
  cases: readonly (StatementCase | RowCase)[]
}

export interface FunctionEntry {
  kind: 'function'
  cases: readonly StatementCase[]
}

export type MatrixEntry = RelationEntry | FunctionEntry

const ESSEX = '00000000-0000-4000-8000-000000000001'

/** A ward around the seeded points, for the region tables and for create_asset. */
const TEST_WARD = 'extensions.st_multi(extensions.st_makeenvelope(0.4, 51.7, 0.6, 51.8, 4326))'
const point = (lng: number, lat: number) =>
  `extensions.st_setsrid(extensions.st_makepoint(${lng}, ${lat}), 4326)`

/**
 * The seeded sensitive places' client ids, so a case can replay one through create_asset. Their
 * points have six decimals, so that the location privacy test can look for them as text too.
 */
export const SENSITIVE_CLIENT_ID = '5e45e45e-0000-4000-8000-000000000001'
const SENSITIVE_PENDING_CLIENT_ID = '5e45e45e-0000-4000-8000-000000000002'

/** Reference data: everyone reads it, only the importer writes it. */
function referenceTable(table: {
  key: string
  label: string
  /** A column an update sets to itself. */
  touch: string
  /** Inserts the seeded row, returning nothing. */
  seed: string
  /** Inserts another row, as each role tries to. */
  insert: string
}): RelationEntry {
  return {
    kind: 'table',
    key: table.key,
    seed: () => [
      { sql: `${table.seed} returning '${table.label}' as label, (${table.key})::text as key` },
    ],
    select: everyone([table.label]),
    cases: [
      {
        name: 'a row',
        op: 'insert',
        statement: () => ({ sql: table.insert }),
        expect: everyone('denied'),
      },
      {
        name: table.touch,
        op: 'update',
        set: `${table.touch} = ${table.touch}`,
        expect: everyone('denied'),
      },
      { name: 'a row', op: 'delete', expect: everyone('denied') },
    ],
  }
}

const ASSET_LABELS = ['approved', 'pending', 'resident_pending', 'sensitive', 'sensitive_pending']
const assetsSeenBy: ByRole<readonly string[]> = {
  anon: ['approved'],
  no_role: ['approved'],
  resident: ['approved', 'resident_pending'],
  builder: ['approved', 'pending', 'resident_pending'],
  lead: ['approved', 'pending', 'resident_pending'],
  coordinator: ['approved'],
  partner: ['approved'],
  safeguarding: ['approved', 'sensitive', 'sensitive_pending'],
  admin: ASSET_LABELS,
}
const insertAsset = (status: string, sensitive: boolean, createdBy: string) =>
  `insert into public.assets (client_id, name, kind, point, status, is_sensitive, created_by)
   values (gen_random_uuid(), 'Matrix asset', 'cultural', ${point(0.5, 51.75)}, '${status}', ${sensitive}, ${createdBy})`

export const POLICY_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.programmes': {
    kind: 'table',
    key: 'programme_id',
    seed: () => [{ sql: `select slug as label, programme_id::text as key from public.programmes` }],
    select: everyone(['essex']),
    cases: [
      {
        name: 'a programme',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.programmes (slug, name) values ('matrix', 'Matrix')`,
        }),
        expect: everyone('denied'),
      },
      { name: 'its name', op: 'update', set: 'name = name', expect: everyone('denied') },
      { name: 'a programme', op: 'delete', expect: everyone('denied') },
    ],
  },

  'public.memberships': {
    kind: 'table',
    key: 'membership_id',
    // Each role's person holds one membership, labelled with the role.
    seed: () => [
      { sql: `select role::text as label, membership_id::text as key from public.memberships` },
    ],
    select: {
      anon: 'denied',
      no_role: [],
      resident: ['resident'],
      builder: ['builder'],
      lead: ['lead'],
      coordinator: ['coordinator'],
      partner: ['partner'],
      safeguarding: ['safeguarding'],
      admin: PROGRAMME_ROLES,
    },
    cases: [
      {
        name: 'a role granted to someone else',
        op: 'insert',
        statement: (users) => ({
          sql: `insert into public.memberships (programme_id, user_id, role) values ($1, $2, 'lead')`,
          params: [ESSEX, users.other],
        }),
        expect: { ...signedIn<Outcome>('refused'), admin: 'ok' },
      },
      {
        name: 'the safeguarding role granted to oneself',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.memberships (programme_id, user_id, role)
                values ($1, (select auth.uid()), 'safeguarding')`,
          params: [ESSEX],
        }),
        expect: { ...signedIn<Outcome>('refused'), admin: 'ok' },
      },
      { name: 'the role', op: 'update', set: 'role = role', expect: everyone('denied') },
      {
        name: 'a membership',
        op: 'delete',
        expect: { ...signedIn<readonly string[]>([]), admin: PROGRAMME_ROLES },
      },
    ],
  },

  'public.wards': referenceTable({
    key: 'ward_code',
    label: 'ward',
    touch: 'population',
    seed: `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom, label_point)
           values ('E05990001', 'Matrix ward', 'E07990001', 'Matrix district', 1000, ${TEST_WARD}, ${point(0.5, 51.75)})`,
    insert: `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom)
             values ('E05990002', 'x', 'E07990001', 'x', 1, ${TEST_WARD})`,
  }),
  'public.programme_authorities': referenceTable({
    key: 'lad_code',
    label: 'authority',
    touch: 'programme_id',
    seed: `insert into public.programme_authorities (lad_code, programme_id)
           values ('E07990001', '${ESSEX}')`,
    insert: `insert into public.programme_authorities (lad_code, programme_id)
             values ('E07990002', '${ESSEX}')`,
  }),
  'public.small_areas': referenceTable({
    key: 'small_area_code',
    label: 'small area',
    touch: 'population',
    seed: `insert into public.small_areas (small_area_code, small_area_name, ward_code, population, point)
           values ('E01990001', 'Matrix 001A', 'E05990001', 1500, ${point(0.52, 51.76)})`,
    insert: `insert into public.small_areas (small_area_code, small_area_name, ward_code, population, point)
             values ('E01990002', 'x', 'E05990001', 1, ${point(0.5, 51.75)})`,
  }),
  'public.ward_indicators': referenceTable({
    key: `ward_code || '/' || indicator`,
    label: 'indicator',
    touch: 'value',
    seed: `insert into public.ward_indicators (ward_code, indicator, value, source, year)
           values ('E05990001', 'imd2025_score', 21.5, 'test', 2025)`,
    insert: `insert into public.ward_indicators (ward_code, indicator, value, source, year)
             values ('E05990001', 'other', 1, 'x', 2025)`,
  }),
  'public.small_area_indicators': referenceTable({
    key: `small_area_code || '/' || indicator`,
    label: 'indicator',
    touch: 'value',
    seed: `insert into public.small_area_indicators (small_area_code, indicator, value, source, year)
           values ('E01990001', 'imd2025_decile', 4, 'test', 2025)`,
    insert: `insert into public.small_area_indicators (small_area_code, indicator, value, source, year)
             values ('E01990001', 'other', 1, 'x', 2025)`,
  }),
  'public.postcodes': referenceTable({
    key: 'postcode',
    label: 'postcode',
    touch: 'ward_code',
    seed: `insert into public.postcodes (postcode, point, ward_code, small_area_code)
           values ('CM1 1AA', ${point(0.53, 51.77)}, 'E05990001', 'E01990001')`,
    insert: `insert into public.postcodes (postcode, point) values ('CM1 1AB', ${point(0.5, 51.75)})`,
  }),

  'public.assets': {
    kind: 'table',
    key: 'asset_id',
    seed: (users) => [
      {
        sql: `insert into public.assets (client_id, name, kind, point, status, is_sensitive, created_by) values
          (gen_random_uuid(), 'approved', 'physical_space', ${point(0.45, 51.71)}, 'approved', false, $1),
          (gen_random_uuid(), 'pending', 'association', ${point(0.46, 51.72)}, 'pending', false, $1),
          (gen_random_uuid(), 'resident_pending', 'economic', ${point(0.47, 51.73)}, 'pending', false, $2),
          ($3, 'sensitive', 'physical_space', ${point(0.487613, 51.738247)}, 'approved', true, $1),
          ($4, 'sensitive_pending', 'physical_space', ${point(0.491357, 51.742468)}, 'pending', true, $1)
          returning name as label, asset_id::text as key`,
        params: [users.other, users.resident, SENSITIVE_CLIENT_ID, SENSITIVE_PENDING_CLIENT_ID],
      },
    ],
    select: assetsSeenBy,
    cases: [
      // Written only through create_asset, update_asset and the curation functions, which stamp
      // the owner and version and check the region (20261207130100): no direct insert or update.
      {
        name: 'a pending asset of their own',
        op: 'insert',
        statement: () => ({ sql: insertAsset('pending', false, '(select auth.uid())') }),
        expect: everyone('denied'),
      },
      {
        name: "an asset in someone else's name",
        op: 'insert',
        statement: (users) => ({ sql: insertAsset('pending', false, `'${users.other}'`) }),
        expect: everyone('denied'),
      },
      { name: 'its name', op: 'update', set: 'name = name', expect: everyone('denied') },
      { name: 'its owner', op: 'update', set: 'created_by = null', expect: everyone('denied') },
      {
        name: 'an asset',
        op: 'delete',
        expect: { ...signedIn<RowsExpectation>([]), admin: ASSET_LABELS },
      },
    ],
  },

  'public.audit_log': {
    kind: 'table',
    key: 'audit_id',
    seed: () => [
      {
        sql: `insert into public.audit_log (action, table_name, row_id, changed_columns, programme_id)
              values ('update', 'public.assets', 'matrix', '{name}', '${ESSEX}')
              returning 'entry' as label, audit_id::text as key`,
      },
    ],
    select: { ...signedIn<SelectExpectation>([]), admin: ['entry'] },
    cases: [
      {
        name: 'an entry',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.audit_log (action, table_name) values ('export', 'public.assets')`,
        }),
        expect: everyone('denied'),
      },
      {
        name: 'its columns',
        op: 'update',
        set: 'changed_columns = changed_columns',
        expect: everyone('denied'),
      },
      { name: 'an entry', op: 'delete', expect: everyone('denied') },
    ],
  },

  'public.ward_summaries': readOnlyView({
    name: 'public.ward_summaries',
    key: 'ward_code',
    label: `'ward'`,
    touch: 'ward_name',
    select: everyone(['ward']),
  }),
  'public.asset_list': readOnlyView({
    name: 'public.asset_list',
    key: 'asset_id',
    label: 'name',
    touch: 'name',
    select: assetsSeenBy,
  }),

  'public.create_asset(uuid, text, asset_kind, text, double precision, double precision, boolean, text, text, text, text, text[], text, uuid)':
    {
      kind: 'function',
      cases: [
        {
          name: 'an ordinary asset',
          op: 'execute',
          statement: () => ({
            sql: `select * from public.create_asset(gen_random_uuid(), 'Matrix hall', 'physical_space', '', 0.5, 51.75)`,
          }),
          expect: signedIn<Outcome>('ok'),
        },
        {
          name: 'an ordinary asset with its private contact',
          op: 'execute',
          statement: () => ({
            sql: `select * from public.create_asset(gen_random_uuid(), 'Matrix hall', 'physical_space', '', 0.5, 51.75, p_contact => '01245 000000')`,
          }),
          expect: signedIn<Outcome>('ok'),
        },
        {
          name: 'a sensitive place',
          op: 'execute',
          statement: () => ({
            sql: `select * from public.create_asset(gen_random_uuid(), 'Matrix refuge', 'physical_space', '', 0.5, 51.75, true)`,
          }),
          expect: { ...signedIn<Outcome>('refused'), safeguarding: 'ok', admin: 'ok' },
        },
        {
          // The replay returns the first submission, so it must not return a place the caller may
          // not see (tests/db/location-privacy.test.ts reads what it returns).
          name: "a replay of a sensitive place's client id",
          op: 'execute',
          statement: () => ({
            sql: `select * from public.create_asset($1, 'Replay', 'cultural', '', 0.5, 51.75)`,
            params: [SENSITIVE_CLIENT_ID],
          }),
          expect: signedIn<Outcome>('ok'),
        },
      ],
    },

  'public.record_export(text, integer)': {
    kind: 'function',
    cases: [
      {
        name: 'an export of asset_list',
        op: 'execute',
        statement: () => ({ sql: `select * from public.record_export('asset_list', 3)` }),
        expect: signedIn<Outcome>('ok'),
      },
    ],
  },

  // The gap analysis's SQL twin: per ward and kind, counts of the assets the caller may see.
  'public.ward_asset_metrics(double precision, asset_kind[], double precision)': {
    kind: 'function',
    cases: [
      {
        name: 'the ward metrics at a 10-minute walk',
        op: 'execute',
        statement: () => ({ sql: `select * from public.ward_asset_metrics(800)` }),
        expect: everyone<Outcome>('ok'),
      },
    ],
  },

  ...ASSET_MAPPING_MATRIX,
  // Assets' photos (supabase/migrations/20261124120000_asset_photos.sql).
  ...ASSET_PHOTOS_MATRIX,

  // Residents' offers of their gifts (supabase/migrations/2026112316*).
  ...RESIDENTS_MATRIX,
  ...RESIDENTS_SHARING_MATRIX,

  // Role management by administrators (supabase/migrations/20261123170000_*).
  ...ROLES_MATRIX,

  // Time banks (supabase/migrations/2026120721*).
  ...TIME_BANK_MATRIX,
  // The time banks' ledger (supabase/migrations/20261207211*).
  ...TIME_BANK_LEDGER_MATRIX,
  // Time bank members' checks, offers and requests, matching, introductions (20261207212*).
  ...TIME_BANK_MEMBERS_MATRIX,

  // Partners' schemes (supabase/migrations/20261208*).
  ...PARTNERS_MATRIX,
  // Open Referral UK import (supabase/migrations/20261208120000_directory_import.sql).
  ...DIRECTORY_IMPORT_MATRIX,
  // Scheme themes edited on screen, imported terms mapped (20261208140000_scheme_theme_editing.sql).
  ...SCHEME_TAXONOMY_MATRIX,
  // Asset imports (supabase/migrations/20261208170000_asset_imports.sql).
  ...ASSET_IMPORTS_MATRIX,
}

/** What anon must hold for the matrix to hold: every operation not `denied` to it. */
export function expectedAnonGrants(
  matrix: Readonly<Record<string, MatrixEntry>> = POLICY_MATRIX,
): Map<string, Set<AnonPrivilege>> {
  const grants = new Map<string, Set<AnonPrivilege>>()
  for (const [name, entry] of Object.entries(matrix)) {
    const privileges = new Set<AnonPrivilege>()
    if (entry.kind !== 'function' && entry.select.anon !== 'denied') privileges.add('SELECT')
    for (const test of entry.cases) {
      if (test.expect.anon === 'denied') continue
      privileges.add(test.op.toUpperCase() as AnonPrivilege)
    }
    if (privileges.size > 0) grants.set(name, privileges)
  }
  return grants
}
