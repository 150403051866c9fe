// The policy matrix's rows for time banks (supabase/migrations/2026120721*): the banks and where
// they run (public), their members (the member, the bank's active members, its coordinators) and
// members' skills. Nobody writes these tables directly: functions do, after their checks.
import type { ByRole, MatrixEntry, SelectExpectation } from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'
import { writtenByFunctionsOnly } from './matrix-entries'

const ESSEX = '00000000-0000-4000-8000-000000000001'
export const COLCHESTER_BANK_ID = '00000000-0000-4000-8000-00000000b001'
export const TENDRING_BANK_ID = '00000000-0000-4000-8000-00000000b004'
const BANKS = ['colchester', 'west-essex', 'uttlesford', 'tendring']

/** Coordinators and admins read every member of the programme's banks (their scope is null). */
const ALL_MEMBERS = ['own member', 'active member', 'applicant', 'tendring member']
const membersSeenBy: ByRole<SelectExpectation> = {
  ...signedIn<readonly string[]>([]),
  // The resident is an active member of Colchester: their own row and its active members.
  resident: ['own member', 'active member'],
  coordinator: ALL_MEMBERS,
  admin: ALL_MEMBERS,
}

export const TIME_BANK_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.time_banks': {
    kind: 'table',
    key: 'bank_id',
    seed: () => [{ sql: `select slug as label, bank_id::text as key from public.time_banks` }],
    select: everyone<SelectExpectation>(BANKS),
    cases: writtenByFunctionsOnly('public.time_banks', 'name'),
  },

  'public.time_bank_areas': {
    kind: 'table',
    key: `bank_id::text || ' ' || area_code`,
    seed: () => [
      {
        sql: `select b.slug || '_' || a.area_code as label, a.bank_id::text || ' ' || a.area_code as key
              from public.time_bank_areas a join public.time_banks b using (bank_id)`,
      },
    ],
    select: everyone<SelectExpectation>([
      'colchester_E07000071',
      'west-essex_E07000072',
      'west-essex_E07000073',
      'west-essex_E07000077',
      'uttlesford_E07000077',
      'tendring_E07000076',
    ]),
    cases: writtenByFunctionsOnly('public.time_bank_areas', 'area_code'),
  },

  'public.time_bank_members': {
    kind: 'table',
    key: 'member_id',
    seed: (users) => [
      {
        sql: `with added as (
                insert into public.time_bank_members
                  (bank_id, programme_id, kind, status, display_name, user_id, joined_at) values
                  ('${COLCHESTER_BANK_ID}', '${ESSEX}', 'resident', 'active', 'Matrix own member', '${users.resident}', now()),
                  ('${COLCHESTER_BANK_ID}', '${ESSEX}', 'resident', 'active', 'Matrix active member', '${users.other}', now()),
                  ('${COLCHESTER_BANK_ID}', '${ESSEX}', 'resident', 'applied', 'Matrix applicant', null, null),
                  ('${TENDRING_BANK_ID}', '${ESSEX}', 'resident', 'active', 'Matrix tendring member', null, now())
                returning display_name, member_id)
              select replace(display_name, 'Matrix ', '') as label, member_id::text as key from added`,
      },
    ],
    select: membersSeenBy,
    cases: writtenByFunctionsOnly('public.time_bank_members', 'display_name'),
  },

  'public.time_bank_member_skills': {
    kind: 'table',
    key: `member_id::text || ' ' || gift_type`,
    seed: () => [
      {
        sql: `with added as (
                insert into public.time_bank_member_skills (member_id, gift_type, kind)
                select m.member_id, t.code, t.kind
                from public.time_bank_members m
                cross join lateral (select code, kind from public.gift_types order by code limit 1) t
                where m.display_name like 'Matrix %'
                returning member_id, gift_type)
              select replace(m.display_name, 'Matrix ', '') as label,
                a.member_id::text || ' ' || a.gift_type as key
              from added a join public.time_bank_members m using (member_id)`,
      },
    ],
    select: membersSeenBy,
    cases: writtenByFunctionsOnly('public.time_bank_member_skills', 'gift_type'),
  },
}
