// The policy matrix's rows for time bank members' side (supabase/migrations/20261207212*):
// references and DBS checks, offers and requests, introductions, the views the screens read, and
// the functions that write them. Spread into POLICY_MATRIX after TIME_BANK_MATRIX, whose seeded
// members (own, active, applicant, tendring) these rows name.
//
// The matrix's coordinator holds no scope (every bank of the programme); a coordinator scoped to
// one bank is tried in tests/db/time-bank-members.test.ts.
import type { ByRole, MatrixEntry, Outcome, SelectExpectation, Statement } from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'
import { readOnlyView, writtenByFunctionsOnly } from './matrix-entries'
import { COLCHESTER_BANK_ID } from './time-bank-matrix'

const ESSEX = '00000000-0000-4000-8000-000000000001'

/** Listings and members with fixed ids, so that every role's call names the same rows. */
export const OWN_OFFER_ID = '7b000000-0000-4000-8000-000000000001'
export const ACTIVE_REQUEST_ID = '7b000000-0000-4000-8000-000000000002'
const ACTIVE_CLOSED_ID = '7b000000-0000-4000-8000-000000000003'
const TENDRING_OFFER_ID = '7b000000-0000-4000-8000-000000000004'
/** A Colchester applicant and an active member with no account, for coordinators' calls. */
const FIXTURE_APPLICANT_ID = '7b000000-0000-4000-8000-0000000000a1'
const FIXTURE_MEMBER_ID = '7b000000-0000-4000-8000-0000000000a2'

const member = (name: string) =>
  `(select member_id from public.time_bank_members where display_name = 'Matrix ${name}')`
const GIFT = `(select code from public.gift_types where code = 'gardening')`

/** Coordinators (a null scope: every bank) and admins may; other signed-in people are refused. */
const coordinators: ByRole<Outcome> = {
  ...signedIn<Outcome>('refused'),
  coordinator: 'ok',
  admin: 'ok',
}
/** The resident (an active member of Colchester) acting for themself, and coordinators. */
const memberAndCoordinators: ByRole<Outcome> = { ...coordinators, resident: 'ok' }

const seenBy = (
  resident: readonly string[],
  all: readonly string[],
): ByRole<SelectExpectation> => ({
  ...signedIn<readonly string[]>([]),
  resident,
  coordinator: all,
  admin: all,
})

const ALL_LISTINGS = ['own offer', 'active request', 'active closed', 'tendring offer']
const listingsSeenBy = seenBy(['own offer', 'active request'], ALL_LISTINGS)
const ALL_MEMBERS = [
  'own member',
  'active member',
  'applicant',
  'tendring member',
  'fixture applicant',
  'fixture member',
  // Seeded by time-bank-ledger-matrix.ts: an active member of Colchester.
  'third member',
]
const membersSeenBy = seenBy(
  ['own member', 'active member', 'fixture member', 'third member'],
  ALL_MEMBERS,
)

/** A table written only by functions: every direct write is denied to every role. */

const call = (name: string, expect: ByRole<Outcome>, statement: Statement) => ({
  name,
  op: 'execute' as const,
  statement: () => statement,
  expect,
})

export const TIME_BANK_MEMBERS_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.time_bank_checks': {
    kind: 'table',
    key: 'check_id',
    seed: () => [
      {
        // The fixture members first (members of Colchester with fixed ids, no account).
        sql: `with added as (
                insert into public.time_bank_members
                  (member_id, bank_id, programme_id, kind, status, display_name, joined_at) values
                  ('${FIXTURE_APPLICANT_ID}', '${COLCHESTER_BANK_ID}', '${ESSEX}', 'resident', 'applied', 'Matrix fixture applicant', null),
                  ('${FIXTURE_MEMBER_ID}', '${COLCHESTER_BANK_ID}', '${ESSEX}', 'resident', 'active', 'Matrix fixture member', now())
                returning 1)
              select null::text as label, null::text as key from added where false`,
      },
      {
        sql: `with added as (
                insert into public.time_bank_checks (member_id, bank_id, programme_id, kind, checked_on, expires_on)
                select m.member_id, m.bank_id, m.programme_id, c.kind, current_date - 30, c.expires_on
                from (values ('own member', 'dbs', current_date + 300),
                             ('tendring member', 'reference', null::date)) c (who, kind, expires_on)
                join public.time_bank_members m on m.display_name = 'Matrix ' || c.who
                returning member_id, kind, check_id)
              select replace(m.display_name, 'Matrix ', '') || ' ' || a.kind as label, a.check_id::text as key
              from added a join public.time_bank_members m using (member_id)`,
      },
    ],
    select: seenBy(['own member dbs'], ['own member dbs', 'tendring member reference']),
    cases: writtenByFunctionsOnly('public.time_bank_checks', 'checked_on'),
  },

  'public.time_bank_listings': {
    kind: 'table',
    key: 'listing_id',
    seed: () => [
      {
        sql: `insert into public.time_bank_listings (listing_id, client_id, bank_id, programme_id,
                member_id, direction, gift_type, gift_kind, title, status, closed_at)
              select l.id::uuid, gen_random_uuid(), m.bank_id, m.programme_id, m.member_id, l.direction,
                'gardening', 'hands', 'Matrix ' || l.label, l.status, case when l.status = 'closed' then now() end
              from (values
                ('${OWN_OFFER_ID}', 'own member', 'offer', 'own offer', 'open'),
                ('${ACTIVE_REQUEST_ID}', 'active member', 'request', 'active request', 'open'),
                ('${ACTIVE_CLOSED_ID}', 'active member', 'request', 'active closed', 'closed'),
                ('${TENDRING_OFFER_ID}', 'tendring member', 'offer', 'tendring offer', 'open')
              ) l (id, who, direction, label, status)
              join public.time_bank_members m on m.display_name = 'Matrix ' || l.who
              returning replace(title, 'Matrix ', '') as label, listing_id::text as key`,
      },
    ],
    select: listingsSeenBy,
    cases: writtenByFunctionsOnly('public.time_bank_listings', 'title'),
  },

  'public.time_bank_introductions': {
    kind: 'table',
    key: 'introduction_id',
    seed: () => [
      {
        sql: `insert into public.time_bank_introductions (client_id, bank_id, programme_id,
                request_id, offer_id, requester_id, offerer_id, note)
              values (gen_random_uuid(), '${COLCHESTER_BANK_ID}', '${ESSEX}', '${ACTIVE_REQUEST_ID}',
                '${OWN_OFFER_ID}', ${member('active member')}, ${member('own member')}, 'Matrix')
              returning 'introduction' as label, introduction_id::text as key`,
      },
    ],
    // The resident's offer is named in it.
    select: seenBy(['introduction'], ['introduction']),
    cases: writtenByFunctionsOnly('public.time_bank_introductions', 'note'),
  },

  'public.time_bank_member_list': readOnlyView({
    name: 'public.time_bank_member_list',
    key: 'member_id',
    label: `replace(display_name, 'Matrix ', '')`,
    touch: 'display_name',
    select: membersSeenBy,
  }),
  'public.time_bank_listing_list': readOnlyView({
    name: 'public.time_bank_listing_list',
    key: 'listing_id',
    label: `replace(title, 'Matrix ', '')`,
    touch: 'title',
    select: listingsSeenBy,
  }),

  'public.time_banks_for_ward(text)': {
    kind: 'function',
    cases: [
      call('the banks a resident of the ward may join', everyone<Outcome>('ok'), {
        sql: `select * from public.time_banks_for_ward('E05990001')`,
      }),
    ],
  },
  'public.review_time_bank_application(uuid, boolean, text)': {
    kind: 'function',
    cases: [
      call('approving an application', coordinators, {
        sql: `select * from public.review_time_bank_application($1, true)`,
        params: [FIXTURE_APPLICANT_ID],
      }),
    ],
  },
  'public.record_time_bank_member(uuid, uuid, time_bank_member_kind, text, text, uuid, text, text[], text[])':
    {
      kind: 'function',
      cases: [
        call('a resident with no phone or email, by postcode', coordinators, {
          sql: `select * from public.record_time_bank_member(gen_random_uuid(), $1, 'resident',
                  'Matrix recorded', 'CM1 1AA', p_skills => '{gardening}')`,
          params: [COLCHESTER_BANK_ID],
        }),
      ],
    },
  'public.update_time_bank_member(uuid, text, text[], text[])': {
    kind: 'function',
    cases: [
      call(
        'their own profile',
        { ...signedIn<Outcome>('refused'), resident: 'ok' },
        {
          sql: `select * from public.update_time_bank_member(
                (select member_id from public.time_bank_members where user_id = (select auth.uid())),
                'Matrix about', '{weekend}', '{gardening}')`,
        },
      ),
      call("a member's profile", coordinators, {
        sql: `select * from public.update_time_bank_member($1, 'Matrix about', '{weekend}', '{}')`,
        params: [FIXTURE_MEMBER_ID],
      }),
    ],
  },
  'public.erase_time_bank_member(uuid)': {
    kind: 'function',
    cases: [
      call('a member of the bank', coordinators, {
        sql: `select public.erase_time_bank_member($1)`,
        params: [FIXTURE_MEMBER_ID],
      }),
    ],
  },
  'public.record_time_bank_check(uuid, text, date, date)': {
    kind: 'function',
    cases: [
      call('a DBS check', coordinators, {
        sql: `select public.record_time_bank_check($1, 'dbs', current_date, current_date + 1095)`,
        params: [FIXTURE_MEMBER_ID],
      }),
    ],
  },
  'public.time_bank_checks_due(uuid, integer)': {
    kind: 'function',
    cases: [
      call('what is due in the bank', coordinators, {
        sql: `select * from public.time_bank_checks_due($1)`,
        params: [COLCHESTER_BANK_ID],
      }),
    ],
  },
  'public.post_time_bank_listing(uuid, uuid, text, text, text, text, text, text, text[], text, boolean)':
    {
      kind: 'function',
      cases: [
        call(
          'an offer of their own',
          { ...signedIn<Outcome>('refused'), resident: 'ok' },
          {
            sql: `select * from public.post_time_bank_listing(gen_random_uuid(),
                  (select member_id from public.time_bank_members where user_id = (select auth.uid())),
                  'offer', ${GIFT}, 'Matrix post')`,
          },
        ),
        // The resident is an active member of the bank, but not this member.
        call('a request for another member', coordinators, {
          sql: `select * from public.post_time_bank_listing(gen_random_uuid(), $1, 'request',
                  'gardening', 'Matrix post for another')`,
          params: [FIXTURE_MEMBER_ID],
        }),
      ],
    },
  'public.close_time_bank_listing(uuid)': {
    kind: 'function',
    cases: [
      call("the resident's offer", memberAndCoordinators, {
        sql: `select * from public.close_time_bank_listing($1)`,
        params: [OWN_OFFER_ID],
      }),
    ],
  },
  'public.match_time_bank_listing(uuid)': {
    kind: 'function',
    cases: [
      call("matches for the resident's offer", memberAndCoordinators, {
        sql: `select * from public.match_time_bank_listing($1)`,
        params: [OWN_OFFER_ID],
      }),
      call("matches for another member's request", coordinators, {
        sql: `select * from public.match_time_bank_listing($1)`,
        params: [ACTIVE_REQUEST_ID],
      }),
    ],
  },
  'public.introduce_time_bank_members(uuid, uuid, uuid, text)': {
    kind: 'function',
    cases: [
      call('a request to an offer of the bank', coordinators, {
        sql: `select public.introduce_time_bank_members(gen_random_uuid(), $1, $2, 'Matrix')`,
        params: [ACTIVE_REQUEST_ID, OWN_OFFER_ID],
      }),
    ],
  },
  'public.list_time_bank_introductions(uuid)': {
    kind: 'function',
    cases: [
      call("the bank's introductions", signedIn<Outcome>('ok'), {
        sql: `select * from public.list_time_bank_introductions($1)`,
        params: [COLCHESTER_BANK_ID],
      }),
    ],
  },
}
