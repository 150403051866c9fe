// The policy matrix's rows for asset mapping (taxonomy, contacts, connections, change reports,
// workshops, and the curation RPCs): who may do what, in the shape and with the rules of
// policy-matrix.ts, which spreads these entries into POLICY_MATRIX. Seeds refer to the assets
// seeded by the public.assets entry (by name: approved, pending, resident_pending, sensitive,
// sensitive_pending); rows a case must name by id have fixed ids here.
import type {
  ByRole,
  MatrixEntry,
  Outcome,
  RowsExpectation,
  SelectExpectation,
} from './policy-matrix'
import { assetId, readOnlyView } from './matrix-entries'
import { everyone, signedIn } from './matrix-roles'

/** Builders, leads and admins get `value`; other signed-in people `others`; anon is denied. */
const editors = <T>(value: T, others: T): ByRole<T | 'denied'> => ({
  ...signedIn(others),
  builder: value,
  lead: value,
  admin: value,
})

export const MATRIX_WORKSHOP_ID = '3e3e3e3e-0000-4000-8000-000000000001'
const MATRIX_JOIN_CODE = 'MTRX22'
const MATRIX_LINK_ID = '11bb11bb-0000-4000-8000-000000000001'
const MATRIX_REPORT_ID = '7e707e70-0000-4000-8000-000000000001'

/** A function called once per role. */
function call(name: string, sql: string, expect: ByRole<Outcome>): MatrixEntry {
  return { kind: 'function', cases: [{ name, op: 'execute', statement: () => ({ sql }), expect }] }
}

// Who sees which seeded asset (as in policy-matrix.ts): asset_details has asset_list's rows.
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

// Contacts are seeded for these assets (not for 'approved', so a case can add one to it).
const CONTACT_LABELS = ['pending', 'resident_pending', 'sensitive']
const contactsSeenBy: ByRole<SelectExpectation> = {
  ...signedIn<readonly string[]>([]),
  anon: [],
  resident: ['resident_pending'],
  builder: ['pending', 'resident_pending'],
  lead: ['pending', 'resident_pending'],
  safeguarding: ['sensitive'],
  admin: CONTACT_LABELS,
}

// Connections are seen by those who see both ends.
const LINK_LABELS = ['approved_pending', 'resident_pending_approved', 'approved_sensitive']
const linksSeenBy: ByRole<SelectExpectation> = {
  ...everyone<readonly string[]>([]),
  resident: ['resident_pending_approved'],
  builder: ['approved_pending', 'resident_pending_approved'],
  lead: ['approved_pending', 'resident_pending_approved'],
  safeguarding: ['approved_sensitive'],
  admin: LINK_LABELS,
}

const reportsSeenBy: ByRole<SelectExpectation> = {
  ...signedIn<readonly string[]>([]),
  builder: ['report_on_approved'],
  lead: ['report_on_approved'],
  admin: ['report_on_approved', 'report_on_sensitive'],
}

// Dismissed pairs are seen by builders, leads and admins who see both assets.
const dismissalsSeenBy: ByRole<SelectExpectation> = {
  ...signedIn<readonly string[]>([]),
  anon: 'denied',
  builder: ['approved_pending'],
  lead: ['approved_pending'],
  admin: ['approved_pending', 'approved_sensitive'],
}

const workshopSeenBy: ByRole<SelectExpectation> = {
  ...signedIn<readonly string[]>([]),
  resident: ['workshop'],
  builder: ['workshop'],
  lead: ['workshop'],
  admin: ['workshop'],
}

export const ASSET_MAPPING_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.asset_subtypes': {
    kind: 'table',
    key: 'code',
    seed: () => [
      {
        sql: `insert into public.asset_subtypes (code, kind, label)
              values ('matrix_subtype', 'cultural', 'Matrix subtype')
              returning 'subtype' as label, code as key`,
      },
    ],
    select: everyone(['subtype']),
    cases: [
      {
        name: 'a subtype',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.asset_subtypes (code, kind, label) values ('matrix_other', 'economic', 'Other')`,
        }),
        expect: { ...signedIn<Outcome>('refused'), admin: 'ok' },
      },
      {
        name: 'its label',
        op: 'update',
        set: 'label = label',
        expect: { ...signedIn<RowsExpectation>([]), admin: ['subtype'] },
      },
      // Retired, never deleted: old assets keep their subtype.
      { name: 'a subtype', op: 'delete', expect: everyone('denied') },
    ],
  },

  'public.asset_contacts': {
    kind: 'table',
    key: 'asset_id',
    seed: () => [
      {
        sql: `with added as (
                insert into public.asset_contacts (asset_id, contact)
                select asset_id, 'Contact of ' || name from public.assets
                where name in ('pending', 'resident_pending', 'sensitive')
                returning asset_id)
              select a.name as label, added.asset_id::text as key
              from added join public.assets a on a.asset_id = added.asset_id`,
      },
    ],
    select: contactsSeenBy,
    cases: [
      // Written only through create_asset, update_asset and merge_assets (20261207130100).
      {
        name: 'a contact for an asset of their own',
        op: 'insert',
        statement: () => ({
          // A block, so that the insert sees the asset create_asset wrote (one statement would not).
          sql: `do $$
                declare v_own uuid;
                begin
                  select asset_id into v_own from public.create_asset(gen_random_uuid(), 'Matrix own', 'cultural', '', 0.5, 51.75);
                  insert into public.asset_contacts (asset_id, contact) values (v_own, 'Mine');
                end $$`,
        }),
        expect: everyone('denied'),
      },
      { name: 'the contact', op: 'update', set: 'contact = contact', expect: everyone('denied') },
      { name: 'a contact', op: 'delete', expect: everyone('denied') },
    ],
  },

  'public.asset_links': {
    kind: 'table',
    key: 'link_id',
    seed: () => [
      {
        sql: `insert into public.asset_links (link_id, from_asset_id, to_asset_id, relation) values
                ('${MATRIX_LINK_ID}', ${assetId('approved')}, ${assetId('pending')}, 'meets_at'),
                (gen_random_uuid(), ${assetId('resident_pending')}, ${assetId('approved')}, 'member_of'),
                (gen_random_uuid(), ${assetId('approved')}, ${assetId('sensitive')}, 'runs')
              returning (select f.name || '_' || t.name from public.assets f, public.assets t
                         where f.asset_id = from_asset_id and t.asset_id = to_asset_id) as label,
                link_id::text as key`,
      },
    ],
    select: linksSeenBy,
    cases: [
      // Written only through link_assets, unlink_assets and merge_assets (20261207130100).
      {
        name: 'a link between two assets they can see',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.asset_links (from_asset_id, to_asset_id, relation, created_by)
                values (${assetId('approved')}, ${assetId('resident_pending')}, 'meets_at', auth.uid())`,
        }),
        expect: everyone('denied'),
      },
      {
        name: 'its relation',
        op: 'update',
        set: 'relation = relation',
        expect: everyone('denied'),
      },
      { name: 'a link', op: 'delete', expect: everyone('denied') },
    ],
  },

  'public.asset_change_reports': {
    kind: 'table',
    key: 'report_id',
    seed: () => [
      {
        sql: `insert into public.asset_change_reports (report_id, asset_id, message) values
                ('${MATRIX_REPORT_ID}', ${assetId('approved')}, 'Closed on Mondays'),
                (gen_random_uuid(), ${assetId('sensitive')}, 'New phone number')
              returning (select 'report_on_' || a.name from public.assets a where a.asset_id = asset_change_reports.asset_id) as label,
                report_id::text as key`,
      },
    ],
    select: { ...reportsSeenBy, anon: 'denied' },
    cases: [
      {
        // Reports arrive only through report_asset_change, which limits their rate.
        name: 'a report',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.asset_change_reports (asset_id, message)
                select asset_id, 'x' from public.assets where name = 'approved'`,
        }),
        expect: everyone('denied'),
      },
      // Only whether it is closed is the caller's to write (who and when are stamped).
      { name: 'its message', op: 'update', set: 'message = message', expect: everyone('denied') },
      {
        name: 'whether it is closed',
        op: 'update',
        set: 'resolved_at = resolved_at',
        expect: {
          ...signedIn<RowsExpectation>([]),
          builder: ['report_on_approved'],
          lead: ['report_on_approved'],
          admin: ['report_on_approved', 'report_on_sensitive'],
        },
      },
      { name: 'a report', op: 'delete', expect: everyone('denied') },
    ],
  },

  'public.duplicate_dismissals': {
    kind: 'table',
    key: 'dismissal_id',
    seed: (users) => [
      {
        sql: `insert into public.duplicate_dismissals (programme_id, first_asset_id, second_asset_id, dismissed_by)
              select '00000000-0000-4000-8000-000000000001', least(f.asset_id, s.asset_id), greatest(f.asset_id, s.asset_id), $1
              from public.assets f join public.assets s on s.name in ('pending', 'sensitive')
              where f.name = 'approved'
              returning (select 'approved_' || a.name from public.assets a
                         where a.asset_id in (first_asset_id, second_asset_id) and a.name <> 'approved') as label,
                dismissal_id::text as key`,
        params: [users.other],
      },
    ],
    select: dismissalsSeenBy,
    cases: [
      {
        name: 'a pair of two assets they can see, as themselves',
        op: 'insert',
        statement: () => ({
          // The approved asset (everyone sees it) and one of their own, made first in the block.
          sql: `do $$
                declare v_own uuid;
                begin
                  select asset_id into v_own from public.create_asset(gen_random_uuid(), 'Matrix approved', 'cultural', '', 0.5, 51.75);
                  insert into public.duplicate_dismissals (programme_id, first_asset_id, second_asset_id)
                  select a.programme_id, least(a.asset_id, v_own), greatest(a.asset_id, v_own)
                  from public.assets a where a.name = 'approved';
                end $$`,
        }),
        expect: editors<Outcome>('ok', 'refused'),
      },
      // Nobody rewrites a decision; reviewers may take it back (the audit log keeps both).
      {
        name: 'who dismissed it',
        op: 'update',
        set: 'dismissed_by = dismissed_by',
        expect: everyone('denied'),
      },
      { name: 'a dismissal', op: 'delete', expect: dismissalsSeenBy },
    ],
  },

  'public.workshops': {
    kind: 'table',
    key: 'workshop_id',
    seed: (users) => [
      {
        sql: `insert into public.workshops (workshop_id, name, place, held_on, join_code, created_by)
              values ('${MATRIX_WORKSHOP_ID}', 'Matrix workshop', 'Matrix hall', '2026-12-05', '${MATRIX_JOIN_CODE}', $1)
              returning 'workshop' as label, workshop_id::text as key`,
        params: [users.other],
      },
    ],
    select: workshopSeenBy,
    cases: [
      {
        name: 'a workshop of their own',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.workshops (name, place, held_on, join_code, created_by)
                values ('Mine', 'Here', '2026-12-06', 'MTRX33', (select auth.uid()))`,
        }),
        expect: { ...signedIn<Outcome>('refused'), builder: 'ok', admin: 'ok' },
      },
      { name: 'its name', op: 'update', set: 'name = name', expect: everyone('denied') },
      {
        name: 'a workshop',
        op: 'delete',
        expect: { ...signedIn<RowsExpectation>([]), admin: ['workshop'] },
      },
    ],
  },

  'public.workshop_participants': {
    kind: 'table',
    key: 'participant_id',
    seed: (users) => [
      {
        sql: `insert into public.workshop_participants (workshop_id, user_id)
              values ('${MATRIX_WORKSHOP_ID}', $1), ('${MATRIX_WORKSHOP_ID}', $2)
              returning case when user_id = $1 then 'resident' else 'other' end as label,
                participant_id::text as key`,
        params: [users.resident, users.other],
      },
    ],
    select: {
      ...signedIn<readonly string[]>([]),
      resident: ['resident'],
      builder: ['resident', 'other'],
      lead: ['resident', 'other'],
      admin: ['resident', 'other'],
    },
    cases: [
      {
        // Joining goes through join_workshop (the code); only a workshop's opener adds themselves.
        name: 'oneself, to a workshop someone else opened',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.workshop_participants (workshop_id, user_id)
                values ('${MATRIX_WORKSHOP_ID}', (select auth.uid()))`,
        }),
        expect: signedIn<Outcome>('refused'),
      },
      {
        name: 'the workshop',
        op: 'update',
        set: 'workshop_id = workshop_id',
        expect: everyone('denied'),
      },
      {
        name: 'a participant (leaving)',
        op: 'delete',
        expect: { ...signedIn<RowsExpectation>([]), resident: ['resident'] },
      },
    ],
  },

  'public.asset_details': readOnlyView({
    name: 'public.asset_details',
    key: 'asset_id',
    label: 'name',
    touch: 'name',
    select: assetsSeenBy,
  }),
  'public.asset_link_list': readOnlyView({
    name: 'public.asset_link_list',
    key: 'link_id',
    label: `from_name || '_' || to_name`,
    touch: 'relation',
    select: linksSeenBy,
  }),
  'public.asset_change_report_list': readOnlyView({
    name: 'public.asset_change_report_list',
    key: 'report_id',
    label: `'report_on_' || asset_name`,
    touch: 'message',
    select: { ...reportsSeenBy, anon: 'denied' },
  }),
  'public.workshop_list': readOnlyView({
    name: 'public.workshop_list',
    key: 'workshop_id',
    label: `'workshop'`,
    touch: 'name',
    select: workshopSeenBy,
  }),

  'public.save_asset_subtype(text, asset_kind, text, boolean)': call(
    'a subtype renamed',
    `select * from public.save_asset_subtype('matrix_subtype', 'cultural', 'Renamed', true)`,
    { ...signedIn<Outcome>('refused'), admin: 'ok' },
  ),
  'public.add_asset_subtype(asset_kind, text)': call(
    'a subtype added',
    `select * from public.add_asset_subtype('cultural', 'Matrix added')`,
    { ...signedIn<Outcome>('refused'), admin: 'ok' },
  ),
  'public.move_asset_subtype(text, integer)': call(
    'a subtype moved up',
    `select * from public.move_asset_subtype('matrix_subtype', -1)`,
    { ...signedIn<Outcome>('refused'), admin: 'ok' },
  ),
  'public.update_asset(uuid, integer, jsonb)': {
    kind: 'function',
    cases: [
      {
        name: 'an edit of the approved asset',
        op: 'execute',
        statement: () => ({
          sql: `select * from public.update_asset(${assetId('approved')}, 1, '{"name": "approved", "tags": ["matrix"]}')`,
        }),
        expect: editors<Outcome>('ok', 'refused'),
      },
      {
        name: 'the approved asset marked sensitive',
        op: 'execute',
        statement: () => ({
          sql: `select * from public.update_asset(${assetId('approved')}, 1, '{"is_sensitive": true}')`,
        }),
        expect: { ...signedIn<Outcome>('refused'), safeguarding: 'ok', admin: 'ok' },
      },
    ],
  },
  'public.set_asset_status(uuid, integer, asset_status, text)': call(
    'the approved asset archived',
    `select * from public.set_asset_status(${assetId('approved')}, 1, 'archived', 'Matrix')`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.mark_asset_verified(uuid)': call(
    'the approved asset verified',
    `select * from public.mark_asset_verified(${assetId('approved')})`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.merge_assets(uuid, uuid)': call(
    'the pending asset merged into the approved one',
    `select * from public.merge_assets(${assetId('approved')}, ${assetId('pending')})`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.list_duplicate_candidates(double precision, real)': call(
    'the review queue of duplicates',
    `select * from public.list_duplicate_candidates()`,
    { ...editors<Outcome>('ok', 'refused'), safeguarding: 'ok' },
  ),
  'public.list_stale_assets(integer)': call(
    'the queue of assets not verified for a month',
    `select * from public.list_stale_assets(1)`,
    { ...editors<Outcome>('ok', 'refused'), safeguarding: 'ok' },
  ),
  'public.report_asset_change(uuid, text)': call(
    'a report about the approved asset',
    `select public.report_asset_change(${assetId('approved')}, 'Matrix report')`,
    everyone('ok'),
  ),
  'public.resolve_change_report(uuid)': call(
    'the report about the approved asset closed',
    `select public.resolve_change_report('${MATRIX_REPORT_ID}')`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.asset_history(uuid)': call(
    "the approved asset's history",
    `select * from public.asset_history(${assetId('approved')})`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.dismiss_duplicate_pair(uuid, uuid)': call(
    'the approved and resident_pending assets are not duplicates',
    `select public.dismiss_duplicate_pair(${assetId('approved')}, ${assetId('resident_pending')})`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.restore_duplicate_pair(uuid, uuid)': call(
    'the approved and pending assets offered as duplicates again',
    `select public.restore_duplicate_pair(${assetId('approved')}, ${assetId('pending')})`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.link_assets(uuid, uuid, asset_relation)': call(
    'the approved and pending assets linked',
    `select * from public.link_assets(${assetId('approved')}, ${assetId('pending')}, 'partners_with')`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.unlink_assets(uuid)': call(
    'a link removed',
    `select public.unlink_assets('${MATRIX_LINK_ID}')`,
    editors<Outcome>('ok', 'refused'),
  ),
  'public.create_workshop(text, text, date)': call(
    'a workshop opened',
    `select * from public.create_workshop('Matrix mapping', 'Matrix library', '2026-12-07')`,
    { ...signedIn<Outcome>('refused'), builder: 'ok', admin: 'ok' },
  ),
  'public.join_workshop(text)': call(
    'the seeded workshop joined by its code',
    `select * from public.join_workshop('mtr-x22')`,
    signedIn<Outcome>('ok'),
  ),
  'public.workshop_summary(uuid)': call(
    "the seeded workshop's summary",
    `select * from public.workshop_summary('${MATRIX_WORKSHOP_ID}')`,
    { ...signedIn<Outcome>('refused'), resident: 'ok', builder: 'ok', lead: 'ok', admin: 'ok' },
  ),
  'public.lookup_postcode(text)': call(
    'a postcode looked up',
    `select * from public.lookup_postcode('cm1 1aa')`,
    everyone('ok'),
  ),
}
