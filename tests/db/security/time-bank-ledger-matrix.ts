// The policy matrix's rows for the time banks' ledger (supabase/migrations/20261207211*): accounts,
// exchanges, their legs and entries, read by the parties (the member's own) and the bank's
// coordinators; written by nobody directly (the ledger's functions only), and an entry is changed
// or deleted by nobody. Seeded on top of time-bank-matrix.ts's members: `own member` is the
// resident's, `active member` is the person with no role's, and `third member` (seeded here) is a
// member nobody signs in as, so that "between two other members" names neither the resident.
import type { ByRole, MatrixEntry, Outcome, RelationEntry, RowsExpectation } from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'
import { readOnlyView } from './matrix-entries'
import { COLCHESTER_BANK_ID, TENDRING_BANK_ID } from './time-bank-matrix'

const ESSEX = '00000000-0000-4000-8000-000000000001'
export const OWN_EXCHANGE_ID = 'e0c4a46e-0000-4000-8000-000000000001'
export const PENDING_EXCHANGE_ID = 'e0c4a46e-0000-4000-8000-000000000002'
export const DONATION_ID = 'e0c4a46e-0000-4000-8000-000000000003'

/** SQL naming a seeded member by its label. */
export const memberId = (label: string) =>
  `(select member_id from public.time_bank_members where display_name = 'Matrix ${label}')`
const accountOf = (label: string) =>
  `(select account_id from public.time_bank_accounts where member_id = ${memberId(label)})`
const potOf = (bankId: string) =>
  `(select account_id from public.time_bank_accounts where kind = 'pot' and bank_id = '${bankId}')`

const only = <T>(others: T, roles: Partial<Record<keyof ByRole<T>, T>>): ByRole<T | 'denied'> => ({
  ...signedIn(others),
  ...roles,
})

/** Coordinators (null scope: every bank of Essex) and admins, who coordinate too. */
const coordinators = <T>(others: T, them: T, roles: Partial<Record<keyof ByRole<T>, T>> = {}) =>
  only<T>(others, { coordinator: them, admin: them, ...roles })

const ACCOUNTS = [
  'own member',
  'active member',
  'applicant',
  'tendring member',
  'third member',
  'colchester pot',
  'west-essex pot',
  'uttlesford pot',
  'tendring pot',
]
const EXCHANGES = ['own exchange', 'pending for resident', 'tendring donation']
const exchangesSeenBy = coordinators<readonly string[]>([], EXCHANGES, {
  resident: ['own exchange', 'pending for resident'],
})
const ENTRIES = [
  'own exchange credit',
  'own exchange debit',
  'tendring donation credit',
  'tendring donation debit',
]

/** A table no API role writes: inserts, updates and deletes are denied to every role. */
function noDirectWrites(table: string, column: string, why = ''): RelationEntry['cases'] {
  return [
    {
      name: `a row${why}`,
      op: 'insert',
      statement: () => ({ sql: `insert into ${table} default values` }),
      expect: everyone<Outcome>('denied'),
    },
    {
      name: `${column}${why}`,
      op: 'update',
      set: `${column} = ${column}`,
      expect: everyone<RowsExpectation>('denied'),
    },
    { name: `a row${why}`, op: 'delete', expect: everyone<RowsExpectation>('denied') },
  ]
}

const call = (name: string, sql: string, expect: ByRole<Outcome>): MatrixEntry => ({
  kind: 'function',
  cases: [{ name, op: 'execute', statement: () => ({ sql }), expect }],
})

/** Time bank members and coordinators may; people with no part in a time bank are refused. */
const refusedBut = (roles: Partial<Record<keyof ByRole<Outcome>, Outcome>>): ByRole<Outcome> =>
  only<Outcome>('refused', roles) as ByRole<Outcome>

export const TIME_BANK_LEDGER_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.time_bank_accounts': {
    kind: 'table',
    key: 'account_id',
    seed: () => [
      {
        sql: `insert into public.time_bank_members
                (bank_id, programme_id, kind, status, display_name, joined_at)
              values ('${COLCHESTER_BANK_ID}', '${ESSEX}', 'resident', 'active', 'Matrix third member', now())`,
      },
      {
        sql: `select case when a.kind = 'pot' then b.slug || ' pot'
                else replace(m.display_name, 'Matrix ', '') end as label,
                a.account_id::text as key
              from public.time_bank_accounts a
              join public.time_banks b on b.bank_id = a.bank_id
              left join public.time_bank_members m on m.member_id = a.member_id
              where a.kind = 'pot' or m.display_name like 'Matrix %'`,
      },
    ],
    select: coordinators<readonly string[]>([], ACCOUNTS, { resident: ['own member'] }),
    cases: noDirectWrites('public.time_bank_accounts', 'balance_minutes'),
  },

  'public.time_bank_exchanges': {
    kind: 'table',
    key: 'exchange_id',
    // The resident's member gave an hour to the active member (confirmed); the active member
    // recorded giving the resident's member half an hour (pending, awaiting the resident); the
    // Tendring member gave the Tendring pot 20 minutes. The description is the label.
    seed: (users) => [
      {
        sql: `insert into public.time_bank_exchanges
                (exchange_id, bank_id, programme_id, kind, status, minutes, description,
                 recorded_by, content_hash, party_account_ids, awaiting_account_id)
              values
                ('${OWN_EXCHANGE_ID}', '${COLCHESTER_BANK_ID}', '${ESSEX}', 'exchange', 'pending', 60,
                 'own exchange', $1, 'matrix', array[${accountOf('own member')}, ${accountOf('active member')}],
                 ${accountOf('active member')}),
                ('${PENDING_EXCHANGE_ID}', '${COLCHESTER_BANK_ID}', '${ESSEX}', 'exchange', 'pending', 30,
                 'pending for resident', $2, 'matrix', array[${accountOf('active member')}, ${accountOf('own member')}],
                 ${accountOf('own member')}),
                ('${DONATION_ID}', '${TENDRING_BANK_ID}', '${ESSEX}', 'donation', 'pending', 20,
                 'tendring donation', null, 'matrix', array[${accountOf('tendring member')}, ${potOf(TENDRING_BANK_ID)}],
                 null)
              returning description as label, exchange_id::text as key`,
        params: [users.resident, users.other],
      },
    ],
    select: exchangesSeenBy,
    cases: noDirectWrites('public.time_bank_exchanges', 'status'),
  },

  'public.time_bank_exchange_legs': {
    kind: 'table',
    key: `exchange_id::text || ' ' || leg_no`,
    seed: () => [
      {
        sql: `with added as (
                insert into public.time_bank_exchange_legs
                  (exchange_id, leg_no, debit_account_id, credit_account_id, minutes)
                values
                  ('${OWN_EXCHANGE_ID}', 1, ${accountOf('active member')}, ${accountOf('own member')}, 60),
                  ('${PENDING_EXCHANGE_ID}', 1, ${accountOf('own member')}, ${accountOf('active member')}, 30),
                  ('${DONATION_ID}', 1, ${accountOf('tendring member')}, ${potOf(TENDRING_BANK_ID)}, 20)
                returning exchange_id, leg_no)
              select e.description as label, a.exchange_id::text || ' ' || a.leg_no as key
              from added a join public.time_bank_exchanges e using (exchange_id)`,
      },
    ],
    select: exchangesSeenBy,
    cases: noDirectWrites('public.time_bank_exchange_legs', 'minutes'),
  },

  'public.time_bank_entries': {
    kind: 'table',
    key: 'entry_id',
    seed: () => [
      {
        sql: `do $$ begin
                perform private.post_time_exchange('${OWN_EXCHANGE_ID}', true);
                perform private.post_time_exchange('${DONATION_ID}', true);
              end $$`,
      },
      {
        sql: `select e.description || case when t.minutes > 0 then ' credit' else ' debit' end as label,
                t.entry_id::text as key
              from public.time_bank_entries t join public.time_bank_exchanges e using (exchange_id)`,
      },
    ],
    select: coordinators<readonly string[]>([], ENTRIES, { resident: ['own exchange credit'] }),
    // The Must-show: nobody, a coordinator or admin included, changes or deletes an entry
    // (tests/db/time-bank-ledger.test.ts shows the trigger refusing even the owner).
    cases: noDirectWrites(
      'public.time_bank_entries',
      'minutes',
      ': nobody can change or delete a ledger entry',
    ),
  },

  'public.time_bank_exchange_list': readOnlyView({
    name: 'public.time_bank_exchange_list',
    key: 'exchange_id',
    label: 'description',
    touch: 'status',
    select: exchangesSeenBy,
  }),
  'public.time_bank_account_list': readOnlyView({
    name: 'public.time_bank_account_list',
    key: 'account_id',
    label: `case when kind = 'pot'
      then (select b.slug from public.time_banks b where b.bank_id = time_bank_account_list.bank_id) || ' pot'
      else replace(holder, 'Matrix ', '') end`,
    touch: 'balance_minutes',
    select: coordinators<readonly string[]>([], ACCOUNTS, { resident: ['own member'] }),
  }),

  'public.record_time_exchange(uuid, uuid[], uuid[], integer, text, text, date)': {
    kind: 'function',
    cases: [
      {
        name: "an hour the resident's member gave another member",
        op: 'execute',
        statement: () => ({
          sql: `select * from public.record_time_exchange(gen_random_uuid(),
                  array[${memberId('own member')}], array[${memberId('active member')}], 60)`,
        }),
        expect: refusedBut({ anon: 'denied', resident: 'ok', coordinator: 'ok', admin: 'ok' }),
      },
      {
        name: 'a member cannot record an exchange between two other members',
        op: 'execute',
        statement: () => ({
          sql: `select * from public.record_time_exchange(gen_random_uuid(),
                  array[${memberId('active member')}], array[${memberId('third member')}], 60)`,
        }),
        expect: refusedBut({ anon: 'denied', coordinator: 'ok', admin: 'ok' }),
      },
    ],
  },
  'public.donate_time(uuid, uuid, uuid, integer, text)': call(
    "half an hour of the resident's member to the community pot",
    `select * from public.donate_time(gen_random_uuid(), ${memberId('own member')}, null, 30)`,
    refusedBut({ anon: 'denied', resident: 'ok', coordinator: 'ok', admin: 'ok' }),
  ),
  'public.confirm_time_exchange(uuid)': call(
    'the exchange awaiting the resident',
    `select * from public.confirm_time_exchange('${PENDING_EXCHANGE_ID}')`,
    refusedBut({ anon: 'denied', resident: 'ok', coordinator: 'ok', admin: 'ok' }),
  ),
  'public.dispute_time_exchange(uuid, text)': call(
    'the exchange awaiting the resident (the other party only)',
    `select * from public.dispute_time_exchange('${PENDING_EXCHANGE_ID}', 'It was 20 minutes')`,
    refusedBut({ anon: 'denied', resident: 'ok' }),
  ),
  'public.cancel_time_exchange(uuid, text)': call(
    'the exchange awaiting the resident (its recorder or a coordinator)',
    `select * from public.cancel_time_exchange('${PENDING_EXCHANGE_ID}', 'Recorded twice')`,
    refusedBut({ anon: 'denied', coordinator: 'ok', admin: 'ok' }),
  ),
  'public.reverse_time_exchange(uuid, uuid, text)': call(
    "the resident's confirmed exchange",
    `select * from public.reverse_time_exchange(gen_random_uuid(), '${OWN_EXCHANGE_ID}', 'Recorded by mistake')`,
    refusedBut({ anon: 'denied', coordinator: 'ok', admin: 'ok' }),
  ),
  'public.time_bank_statement(uuid)': call(
    "the resident's member's statement",
    `select * from public.time_bank_statement(${memberId('own member')})`,
    refusedBut({ anon: 'denied', resident: 'ok', coordinator: 'ok', admin: 'ok' }),
  ),
  'public.time_bank_monthly_report(uuid, integer)': call(
    "Colchester's last 12 months",
    `select * from public.time_bank_monthly_report('${COLCHESTER_BANK_ID}')`,
    refusedBut({ anon: 'denied', coordinator: 'ok', admin: 'ok' }),
  ),
  'public.time_bank_exchanges_by_ward_and_skill(uuid, date, date)': call(
    "Colchester's exchanges this year",
    `select * from public.time_bank_exchanges_by_ward_and_skill('${COLCHESTER_BANK_ID}', current_date - 365, current_date)`,
    refusedBut({ anon: 'denied', coordinator: 'ok', admin: 'ok' }),
  ),
  'public.time_bank_ward_activity()': call(
    'active members and hours given per ward (rule of 5 beyond coordinators)',
    `select * from public.time_bank_ward_activity()`,
    everyone<Outcome>('ok'),
  ),
  'public.save_time_bank(uuid, text, integer, integer, boolean, integer, text, text[])': call(
    "Colchester's limits and areas",
    `select * from public.save_time_bank('${COLCHESTER_BANK_ID}', 'Colchester Time Bank', -600, -1200,
       true, 1271, 'National Living Wage', array['E07000071'])`,
    refusedBut({ anon: 'denied', admin: 'ok' }),
  ),
}
