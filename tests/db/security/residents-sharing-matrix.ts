// The policy matrix's rows for what is shared of residents beyond builders: the named partners'
// list (residents_shared_with_partners, 20261124110000_partner_sharing.sql) and people in
// connections (20261124110100_people_in_connections.sql). Spread into POLICY_MATRIX after the
// residents' and assets' entries, whose seeded rows these refer to: the offers `own` (linked to
// the resident) and `others` (who agreed to share with partners), and the assets by name.
import type {
  ByRole,
  MatrixEntry,
  Outcome,
  RowsExpectation,
  SelectExpectation,
} from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'
import { OTHERS_RESIDENT_ID, OWN_RESIDENT_ID } from './residents-matrix'
import { assetId } from './matrix-entries'

const MATRIX_PERSON_LINK_ID = '9e4509e4-0000-4000-8000-000000000001'

/** Builders and admins get `value`; other signed-in people `others`; anon is denied. */
const buildersAndAdmins = <T>(value: T, others: T): ByRole<T | 'denied'> => ({
  ...signedIn(others),
  builder: value,
  admin: value,
})

const call = (name: string, sql: string, expect: ByRole<Outcome>): MatrixEntry => ({
  kind: 'function',
  cases: [{ name, op: 'execute', statement: () => ({ sql }), expect }],
})

// A person's link to a sensitive place is seen only by admins (builders cannot see the place);
// the resident sees their own link to an asset they can see.
const personLinksSeenBy: ByRole<SelectExpectation> = {
  ...signedIn<readonly string[]>([]),
  resident: ['own_approved'],
  builder: ['own_approved', 'others_approved'],
  admin: ['own_approved', 'others_approved', 'own_sensitive'],
}
const personLinkLabel = `replace(r.display_name, 'Matrix ', '') || '_' || a.name`

export const RESIDENTS_SHARING_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.residents_shared_with_partners()': call(
    'the residents who agreed to share with partners',
    'select * from public.residents_shared_with_partners()',
    { ...signedIn<Outcome>('refused'), partner: 'ok' },
  ),

  'public.resident_asset_links': {
    kind: 'table',
    key: 'link_id',
    seed: () => [
      {
        sql: `with added as (
                insert into public.resident_asset_links (link_id, resident_id, asset_id, relation) values
                  ('${MATRIX_PERSON_LINK_ID}', '${OWN_RESIDENT_ID}', ${assetId('approved')}, 'member_of'),
                  (gen_random_uuid(), '${OTHERS_RESIDENT_ID}', ${assetId('approved')}, 'volunteers_at'),
                  (gen_random_uuid(), '${OWN_RESIDENT_ID}', ${assetId('sensitive')}, 'runs')
                returning link_id, resident_id, asset_id)
              select ${personLinkLabel} as label, l.link_id::text as key
              from added l join public.residents r using (resident_id) join public.assets a using (asset_id)`,
      },
    ],
    select: personLinksSeenBy,
    cases: [
      {
        name: 'a link from an approved resident to an asset everyone sees',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.resident_asset_links (resident_id, asset_id, relation, created_by)
                select '${OTHERS_RESIDENT_ID}', asset_id, 'runs', auth.uid()
                from public.assets where name = 'approved'`,
        }),
        expect: buildersAndAdmins<Outcome>('ok', 'refused'),
      },
      {
        name: 'its relation',
        op: 'update',
        set: 'relation = relation',
        expect: everyone<RowsExpectation>('denied'),
      },
      {
        name: 'a link',
        op: 'delete',
        expect: {
          ...signedIn<readonly string[]>([]),
          builder: ['own_approved', 'others_approved'],
          admin: ['own_approved', 'others_approved', 'own_sensitive'],
        },
      },
    ],
  },

  'public.person_link_list': {
    kind: 'view',
    key: 'link_id',
    seed: () => [
      {
        sql: `select replace(display_name, 'Matrix ', '') || '_' || asset_name as label,
                link_id::text as key from public.person_link_list`,
      },
    ],
    select: { ...personLinksSeenBy, anon: 'denied' },
    cases: [
      {
        name: 'a row',
        op: 'insert',
        statement: () => ({ sql: `insert into public.person_link_list default values` }),
        expect: everyone<Outcome>('denied'),
      },
      {
        name: 'relation',
        op: 'update',
        set: 'relation = relation',
        expect: everyone<RowsExpectation>('denied'),
      },
      { name: 'a row', op: 'delete', expect: everyone<RowsExpectation>('denied') },
    ],
  },

  'public.link_person_to_asset(uuid, uuid, person_relation)': call(
    'an approved resident to a visible asset',
    `select * from public.link_person_to_asset('${OTHERS_RESIDENT_ID}', ${assetId('approved')}, 'member_of')`,
    buildersAndAdmins<Outcome>('ok', 'refused'),
  ),
  'public.unlink_person(uuid)': call(
    "a person's link",
    `select public.unlink_person('${MATRIX_PERSON_LINK_ID}')`,
    buildersAndAdmins<Outcome>('ok', 'refused'),
  ),
  'public.find_people_to_link(text)': call(
    'approved residents by name',
    `select * from public.find_people_to_link('Matrix')`,
    buildersAndAdmins<Outcome>('ok', 'refused'),
  ),
}
