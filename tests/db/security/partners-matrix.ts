// The policy matrix's rows for partners' schemes (supabase/migrations/20261208*; docs/partners.md):
// organisations and the directory are public, an organisation's people and administrators read its
// retired schemes too, and a venue that is a sensitive place is read only by those who may see
// sensitive places. Nobody writes these tables directly: functions do, after their checks.
import type { ByRole, MatrixEntry, Statement, Outcome, SelectExpectation } from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'
import { assetId, readOnlyView, writtenByFunctionsOnly } from './matrix-entries'

/** The seeded organisations: the matrix's partner is a person of A, the person with no role of B. */
export const ORG_A_ID = '00000000-0000-4000-8000-0000000a0001'
export const ORG_B_ID = '00000000-0000-4000-8000-0000000a0002'
export const SCHEME_A_ID = '00000000-0000-4000-8000-0000000a1001'
export const SCHEME_A_RETIRED_ID = '00000000-0000-4000-8000-0000000a1002'
export const SCHEME_B_ID = '00000000-0000-4000-8000-0000000a1003'

/** Active schemes are public; A's people (the partner) and admins also read A's retired one. */
const schemesSeenBy: ByRole<SelectExpectation> = {
  ...everyone<SelectExpectation>(['active A', 'active B']),
  partner: ['active A', 'retired A', 'active B'],
  admin: ['active A', 'retired A', 'active B'],
}

/** One row per seeded scheme, labelled as the scheme. */
const perScheme = (table: string, columns: string, values: (id: string) => string) => ({
  sql: `with added as (
          insert into ${table} (${columns}) values
            ${[SCHEME_A_ID, SCHEME_A_RETIRED_ID, SCHEME_B_ID].map(values).join(',\n')}
          returning scheme_id)
        select case a.scheme_id when '${SCHEME_A_ID}' then 'active A'
          when '${SCHEME_A_RETIRED_ID}' then 'retired A' else 'active B' end as label,
          a.scheme_id::text as key
        from added a`,
})

const call = (name: string, expect: ByRole<Outcome>, statement: Statement) => ({
  name,
  op: 'execute' as const,
  statement: () => statement,
  expect,
})

/** The organisation's person (the partner) and administrators; everyone else is refused. */
const actsForA: ByRole<Outcome> = {
  ...signedIn<Outcome>('refused'),
  partner: 'ok',
  admin: 'ok',
}
const adminsOnly: ByRole<Outcome> = { ...signedIn<Outcome>('refused'), admin: 'ok' }

/** A table written only by functions: every direct write is denied to every role. */

export const PARTNERS_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.partner_organisations': {
    kind: 'table',
    key: 'id',
    seed: () => [
      {
        sql: `insert into public.partner_organisations (id, name, sector) values
                ('${ORG_A_ID}', 'A', 'voluntary'), ('${ORG_B_ID}', 'B', 'faith')
              returning name as label, id::text as key`,
      },
    ],
    select: everyone<SelectExpectation>(['A', 'B']),
    cases: writtenByFunctionsOnly('public.partner_organisations', 'name'),
  },

  'public.partner_organisation_people': {
    kind: 'table',
    key: `organisation_id::text || ' ' || user_id::text`,
    seed: (users) => [
      {
        sql: `insert into public.partner_organisation_people (organisation_id, user_id) values
                ('${ORG_A_ID}', '${users.partner}'), ('${ORG_B_ID}', '${users.other}')
              returning case organisation_id when '${ORG_A_ID}' then 'A person' else 'B person' end as label,
                organisation_id::text || ' ' || user_id::text as key`,
      },
    ],
    select: {
      ...signedIn<SelectExpectation>([]),
      partner: ['A person'],
      admin: ['A person', 'B person'],
    },
    cases: writtenByFunctionsOnly('public.partner_organisation_people', 'added_at'),
  },

  'public.scheme_themes': {
    kind: 'table',
    key: 'code',
    seed: () => [{ sql: `select 'food' as label, 'food' as key` }],
    select: everyone<SelectExpectation>(['food']),
    cases: writtenByFunctionsOnly('public.scheme_themes', 'label'),
  },

  'public.scheme_audiences': {
    kind: 'table',
    key: 'code',
    seed: () => [{ sql: `select 'carers' as label, 'carers' as key` }],
    select: everyone<SelectExpectation>(['carers']),
    cases: writtenByFunctionsOnly('public.scheme_audiences', 'label'),
  },

  'public.schemes': {
    kind: 'table',
    key: 'id',
    seed: () => [
      {
        sql: `insert into public.schemes (id, organisation_id, name, audiences, status) values
                ('${SCHEME_A_ID}', '${ORG_A_ID}', 'active A', '{everyone}', 'active'),
                ('${SCHEME_A_RETIRED_ID}', '${ORG_A_ID}', 'retired A', '{everyone}', 'retired'),
                ('${SCHEME_B_ID}', '${ORG_B_ID}', 'active B', '{carers}', 'active')
              returning name as label, id::text as key`,
      },
    ],
    select: schemesSeenBy,
    cases: writtenByFunctionsOnly('public.schemes', 'name'),
  },

  'public.scheme_theme_links': {
    kind: 'table',
    key: 'scheme_id',
    seed: () => [
      perScheme('public.scheme_theme_links', 'scheme_id, theme_code', (id) => `('${id}', 'food')`),
    ],
    select: schemesSeenBy,
    cases: writtenByFunctionsOnly('public.scheme_theme_links', 'theme_code'),
  },

  'public.scheme_schedules': {
    kind: 'table',
    key: 'scheme_id',
    seed: () => [
      perScheme(
        'public.scheme_schedules',
        'scheme_id, byday, opens_at, closes_at',
        (id) => `('${id}', 'MO', '09:00', '17:00')`,
      ),
    ],
    select: schemesSeenBy,
    cases: writtenByFunctionsOnly('public.scheme_schedules', 'note'),
  },

  'public.scheme_areas': {
    kind: 'table',
    key: 'scheme_id',
    seed: () => [
      perScheme('public.scheme_areas', 'scheme_id, area_code', (id) => `('${id}', 'E05990001')`),
    ],
    select: schemesSeenBy,
    cases: writtenByFunctionsOnly('public.scheme_areas', 'area_code'),
  },

  'public.scheme_external_terms': {
    kind: 'table',
    key: 'scheme_id',
    seed: () => [
      perScheme(
        'public.scheme_external_terms',
        'scheme_id, vocabulary, term_code, term_name',
        (id) => `('${id}', 'matrix', 'x1', 'Matrix term')`,
      ),
    ],
    select: schemesSeenBy,
    cases: writtenByFunctionsOnly('public.scheme_external_terms', 'term_name'),
  },

  // A's active scheme runs at a public venue and at a refuge (a sensitive place).
  'public.scheme_venues': {
    kind: 'table',
    key: `scheme_id::text || ' ' || asset_id::text`,
    seed: () => [
      {
        sql: `insert into public.scheme_venues (scheme_id, asset_id, public_name, front_door_contact) values
                ('${SCHEME_A_ID}', ${assetId('approved')}, null, null),
                ('${SCHEME_A_ID}', ${assetId('sensitive')}, 'Matrix support service', '01234 567890')
              returning case when public_name is null then 'public venue' else 'sensitive venue' end as label,
                scheme_id::text || ' ' || asset_id::text as key`,
      },
    ],
    select: {
      ...everyone<SelectExpectation>(['public venue']),
      safeguarding: ['public venue', 'sensitive venue'],
      admin: ['public venue', 'sensitive venue'],
    },
    cases: writtenByFunctionsOnly('public.scheme_venues', 'public_name'),
  },

  'public.champion_counts': {
    kind: 'table',
    key: 'ward_code',
    seed: () => [
      {
        sql: `insert into public.champion_counts (ward_code, champions) values ('E05990001', 7)
              returning 'count' as label, ward_code as key`,
      },
    ],
    select: everyone<SelectExpectation>(['count']),
    cases: writtenByFunctionsOnly('public.champion_counts', 'champions'),
  },

  'public.directory_service': readOnlyView({
    name: 'public.directory_service',
    key: 'scheme_id',
    label: 'name',
    touch: 'name',
    select: everyone<SelectExpectation>(['active A', 'active B']),
  }),

  'public.champion_count_list': readOnlyView({
    name: 'public.champion_count_list',
    key: 'ward_code',
    label: `'count'`,
    touch: 'champions',
    select: everyone<SelectExpectation>(['count']),
  }),

  'public.save_partner_organisation(uuid, text, partner_sector, text, text, text, text, uuid)': {
    kind: 'function',
    cases: [
      call("changing organisation A's description", actsForA, {
        sql: `select * from public.save_partner_organisation($1, 'A', 'voluntary', 'Changed')`,
        params: [ORG_A_ID],
      }),
      call('opening an organisation', adminsOnly, {
        sql: `select * from public.save_partner_organisation(gen_random_uuid(), 'New', 'business')`,
      }),
    ],
  },
  'public.add_partner_person(uuid, text)': {
    kind: 'function',
    cases: [
      {
        name: 'adding someone to organisation A',
        op: 'execute',
        statement: (users) => ({
          sql: `select public.add_partner_person($1, $2)`,
          params: [ORG_A_ID, `${users.other}@example.test`],
        }),
        expect: adminsOnly,
      },
    ],
  },
  'public.remove_partner_person(uuid, uuid)': {
    kind: 'function',
    cases: [
      {
        name: "removing A's person",
        op: 'execute',
        statement: (users) => ({
          sql: `select public.remove_partner_person($1, $2)`,
          params: [ORG_A_ID, users.partner],
        }),
        expect: adminsOnly,
      },
    ],
  },
  'public.my_partner_organisations()': {
    kind: 'function',
    cases: [
      call('the organisations one acts for', signedIn<Outcome>('ok'), {
        sql: `select * from public.my_partner_organisations()`,
      }),
    ],
  },
  'public.save_scheme(jsonb)': {
    kind: 'function',
    cases: [
      call("a new scheme of organisation A's", actsForA, {
        sql: `select * from public.save_scheme($1::jsonb)`,
        params: [
          JSON.stringify({
            id: '00000000-0000-4000-8000-0000000a1099',
            organisation_id: ORG_A_ID,
            name: 'Matrix scheme',
            themes: ['food'],
            audiences: ['everyone'],
            areas: ['E05990001'],
          }),
        ],
      }),
    ],
  },
  'public.retire_scheme(uuid)': {
    kind: 'function',
    cases: [
      call("retiring A's active scheme", actsForA, {
        sql: `select public.retire_scheme($1)`,
        params: [SCHEME_A_ID],
      }),
    ],
  },
  'public.save_scheme_theme(text, text, text, text, boolean)': {
    kind: 'function',
    cases: [
      call('a new theme', adminsOnly, {
        sql: `select * from public.save_scheme_theme('matrix_theme', 'Matrix theme')`,
      }),
    ],
  },
  'public.record_champion_count(text, integer)': {
    kind: 'function',
    cases: [
      call(
        "a ward's champions",
        { ...signedIn<Outcome>('refused'), partner: 'ok', safeguarding: 'ok', admin: 'ok' },
        { sql: `select public.record_champion_count('E05990001', 3)` },
      ),
    ],
  },
  'public.search_directory(text, text, text, text, boolean, text, integer, integer)': {
    kind: 'function',
    cases: [
      call('schemes by theme and ward', everyone<Outcome>('ok'), {
        sql: `select * from public.search_directory('food', p_ward_code => 'E05990001')`,
      }),
    ],
  },
  'public.scheme_coverage(text, text)': {
    kind: 'function',
    cases: [
      call('coverage of a theme', everyone<Outcome>('ok'), {
        sql: `select * from public.scheme_coverage('crime_prevention')`,
      }),
    ],
  },
  'public.scheme_ward_supply()': {
    kind: 'function',
    cases: [
      call('schemes per ward', everyone<Outcome>('ok'), {
        sql: `select * from public.scheme_ward_supply()`,
      }),
    ],
  },
}
