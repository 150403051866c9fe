// The policy matrix's rows for residents' offers (supabase/migrations/2026112316*): who may read
// and do what with offers, contacts, home points, gifts, preferences, consents, and the functions
// that write them. Spread into POLICY_MATRIX (policy-matrix.ts).
//
// Three offers are seeded: `own` (the resident's, linked to their account), `others` (another
// person's, who agreed to be contacted by a builder and to share with partners) and `unlinked`
// (sent from the public form, not confirmed). Home points have six decimals, so the location privacy test looks for them as
// text as well as geometry; the area points are the test ward's label point, never a home.
import type {
  ByRole,
  MatrixEntry,
  MatrixUsers,
  Outcome,
  RelationEntry,
  Role,
  RowsExpectation,
  SelectExpectation,
} from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'

/** Signed-in people see `others`, these roles see `value`. */
const only = <T>(others: T, roles: Partial<Record<Role, T>>): ByRole<T | 'denied'> => ({
  ...signedIn(others),
  ...roles,
})

export const OWN_RESIDENT_ID = 'a11ce000-0000-4000-8000-000000000001'
export const OTHERS_RESIDENT_ID = 'a11ce000-0000-4000-8000-000000000002'
export const UNLINKED_RESIDENT_ID = 'a11ce000-0000-4000-8000-000000000003'

/** The seeded people's contact details: no role but theirs and those allowed may read them. */
export const SEEDED_CONTACTS = {
  own: { email: 'own.matrix@example.test', phone: '07700900101' },
  others: { email: 'others.matrix@example.test', phone: '07700900102' },
  unlinked: { email: 'unlinked.matrix@example.test', phone: '07700900103' },
} as const

/** A valid offer, as the public form sends it (postcode seeded by public.postcodes' entry). */
export const MATRIX_OFFER = {
  display_name: 'Matrix neighbour',
  gifts: [{ kind: 'hands', gift_type: 'gardening', description: '' }],
  activities: ['one_off'],
  availability: ['weekend'],
  availability_note: '',
  travel: 'under_1_km',
  email: 'matrix.neighbour@example.test',
  phone: '',
  preferred_contact: 'email',
  postcode: 'cm1 1aa',
  consents: ['counted_on_map'],
  wording_version: '2026-11-23',
}

const AREA = 'extensions.st_setsrid(extensions.st_makepoint(0.5, 51.75), 4326)'
const home = (lng: string, lat: string) =>
  `extensions.st_setsrid(extensions.st_makepoint(${lng}, ${lat}), 4326)`

const OFFERS = ['own', 'others', 'unlinked']
// `others` agreed to share with partners, so the partners' list shows them (and the location
// privacy test looks for homes in it).
const CONSENT_LABELS = [
  'own counted_on_map',
  'others contact_by_builder',
  'others counted_on_map',
  'others share_with_partners',
]
const offersSeenBy = only<readonly string[]>([], {
  resident: ['own'],
  builder: OFFERS,
  admin: OFFERS,
})

/** A table no API role writes: every insert, update and delete is denied. */
function readOnlyTable(table: {
  key: string
  seed: RelationEntry['seed']
  select: ByRole<SelectExpectation>
  insert: string
  touch: string
}): RelationEntry {
  return {
    kind: 'table',
    key: table.key,
    seed: table.seed,
    select: table.select,
    cases: [
      {
        name: 'a row',
        op: 'insert',
        statement: () => ({ sql: table.insert }),
        expect: everyone<Outcome>('denied'),
      },
      {
        name: table.touch,
        op: 'update',
        set: `${table.touch} = ${table.touch}`,
        expect: everyone<RowsExpectation>('denied'),
      },
      { name: 'a row', op: 'delete', expect: everyone<RowsExpectation>('denied') },
    ],
  }
}

/** Per-offer child rows, labelled by the offer's label. */
const childSeed = (insert: (users: MatrixUsers) => string) => (users: MatrixUsers) => [
  { sql: insert(users) },
]

const offerCall =
  (sql: string, params: readonly unknown[] = []) =>
  () => ({ sql, params })

export const RESIDENTS_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.gift_types': readOnlyTable({
    key: 'code',
    seed: () => [
      {
        sql: `select 'teaching' as label, code as key from public.gift_types where code = 'teaching'`,
      },
    ],
    select: everyone(['teaching']),
    insert: `insert into public.gift_types (code, kind, label) values ('matrix', 'head', 'Matrix')`,
    touch: 'label',
  }),
  'public.consent_wordings': readOnlyTable({
    key: `purpose || '/' || version`,
    seed: () => [
      {
        sql: `select 'contact wording' as label, purpose || '/' || version as key
              from public.consent_wordings where purpose = 'contact_by_builder'`,
      },
    ],
    select: everyone(['contact wording']),
    insert: `insert into public.consent_wordings (purpose, version, wording)
             values ('counted_on_map', '2099-01-01', 'Matrix')`,
    touch: 'wording',
  }),

  'public.residents': {
    kind: 'table',
    key: 'resident_id',
    seed: (users) => [
      {
        sql: `insert into public.residents
                (resident_id, user_id, display_name, status, ward_code, postcode_sector, area_point, confirmed_at)
              values
                ($1, $4, 'Matrix own', 'approved', 'E05990001', 'CM1 1', ${AREA}, now()),
                ($2, $5, 'Matrix others', 'approved', 'E05990001', 'CM1 1', ${AREA}, now()),
                ($3, null, 'Matrix unlinked', 'pending', 'E05990001', 'CM1 1', ${AREA}, null)
              returning replace(display_name, 'Matrix ', '') as label, resident_id::text as key`,
        params: [
          OWN_RESIDENT_ID,
          OTHERS_RESIDENT_ID,
          UNLINKED_RESIDENT_ID,
          users.resident,
          users.other,
        ],
      },
    ],
    select: offersSeenBy,
    cases: [
      {
        name: 'an offer',
        op: 'insert',
        statement: () => ({ sql: `insert into public.residents (display_name) values ('x')` }),
        expect: everyone<Outcome>('denied'),
      },
      {
        name: 'its status (a review)',
        op: 'update',
        set: `status = 'approved'`,
        expect: only<RowsExpectation>([], { builder: OFFERS, admin: OFFERS }),
      },
      {
        name: 'its name',
        op: 'update',
        set: 'display_name = display_name',
        expect: everyone<RowsExpectation>('denied'),
      },
      { name: 'an offer', op: 'delete', expect: everyone<RowsExpectation>('denied') },
    ],
  },

  'public.resident_contacts': readOnlyTable({
    key: 'resident_id',
    seed: childSeed(
      () => `insert into public.resident_contacts (resident_id, email, phone, preferred_contact)
        values ('${OWN_RESIDENT_ID}', '${SEEDED_CONTACTS.own.email}', '${SEEDED_CONTACTS.own.phone}', 'email'),
          ('${OTHERS_RESIDENT_ID}', '${SEEDED_CONTACTS.others.email}', '${SEEDED_CONTACTS.others.phone}', 'phone'),
          ('${UNLINKED_RESIDENT_ID}', '${SEEDED_CONTACTS.unlinked.email}', '${SEEDED_CONTACTS.unlinked.phone}', 'email')
        returning (select replace(r.display_name, 'Matrix ', '') from public.residents r
          where r.resident_id = resident_contacts.resident_id) as label, resident_id::text as key`,
    ),
    // Builders read only the contact of the resident who agreed to be contacted by one.
    select: only<readonly string[]>([], { resident: ['own'], builder: ['others'], admin: OFFERS }),
    insert: `insert into public.resident_contacts (resident_id, email)
             values ('${UNLINKED_RESIDENT_ID}', 'x@example.test')`,
    touch: 'email',
  }),

  'public.resident_home_points': readOnlyTable({
    key: 'resident_id',
    seed: childSeed(
      (users) => `insert into public.resident_home_points (resident_id, user_id, point, postcode)
        values ('${OWN_RESIDENT_ID}', '${users.resident}', ${home('0.523417', '51.741263')}, 'CM1 1AA'),
          ('${OTHERS_RESIDENT_ID}', '${users.other}', ${home('0.534871', '51.752394')}, 'CM1 1AA'),
          ('${UNLINKED_RESIDENT_ID}', null, ${home('0.541236', '51.763418')}, 'CM1 1AA')
        returning (select replace(r.display_name, 'Matrix ', '') from public.residents r
          where r.resident_id = resident_home_points.resident_id) as label, resident_id::text as key`,
    ),
    select: only<readonly string[]>([], { resident: ['own'], admin: OFFERS }),
    insert: `insert into public.resident_home_points (resident_id, point, postcode)
             values ('${UNLINKED_RESIDENT_ID}', ${home('0.5', '51.75')}, 'CM1 1AA')`,
    touch: 'point',
  }),

  'public.resident_gifts': readOnlyTable({
    key: 'gift_id',
    seed: childSeed(
      () => `insert into public.resident_gifts (resident_id, kind, gift_type, description)
        select r.resident_id, 'hands', 'gardening', 'Matrix gift' from public.residents r
        where r.display_name like 'Matrix %'
        returning (select replace(r.display_name, 'Matrix ', '') from public.residents r
          where r.resident_id = resident_gifts.resident_id) as label, gift_id::text as key`,
    ),
    select: offersSeenBy,
    insert: `insert into public.resident_gifts (resident_id, kind, description)
             values ('${UNLINKED_RESIDENT_ID}', 'head', 'x')`,
    touch: 'description',
  }),

  'public.resident_offer_preferences': readOnlyTable({
    key: 'resident_id',
    seed: childSeed(
      () => `insert into public.resident_offer_preferences (resident_id, activities, availability, travel)
        select r.resident_id, '{one_off}', '{weekend}', 'up_to_3_km' from public.residents r
        where r.display_name like 'Matrix %'
        returning (select replace(r.display_name, 'Matrix ', '') from public.residents r
          where r.resident_id = resident_offer_preferences.resident_id) as label, resident_id::text as key`,
    ),
    select: offersSeenBy,
    insert: `insert into public.resident_offer_preferences (resident_id)
             values ('${UNLINKED_RESIDENT_ID}')`,
    touch: 'travel',
  }),

  'public.resident_consents': readOnlyTable({
    key: 'consent_id',
    seed: childSeed(
      () => `insert into public.resident_consents (resident_id, purpose, wording_version, given_how)
        values ('${OWN_RESIDENT_ID}', 'counted_on_map', '2026-11-23', 'online'),
          ('${OTHERS_RESIDENT_ID}', 'contact_by_builder', '2026-11-23', 'online'),
          ('${OTHERS_RESIDENT_ID}', 'counted_on_map', '2026-11-23', 'online'),
          ('${OTHERS_RESIDENT_ID}', 'share_with_partners', '2026-11-23', 'online')
        returning (select replace(r.display_name, 'Matrix ', '') from public.residents r
          where r.resident_id = resident_consents.resident_id) || ' ' || purpose as label,
          consent_id::text as key`,
    ),
    select: only<readonly string[]>([], {
      resident: ['own counted_on_map'],
      builder: CONSENT_LABELS,
      admin: CONSENT_LABELS,
    }),
    insert: `insert into public.resident_consents (resident_id, purpose, wording_version, given_how)
             values ('${UNLINKED_RESIDENT_ID}', 'counted_on_map', '2026-11-23', 'online')`,
    touch: 'withdrawn_at',
  }),

  'public.erased_gift_tallies': readOnlyTable({
    key: `ward_code || '/' || kind`,
    seed: () => [
      {
        sql: `insert into public.erased_gift_tallies (ward_code, kind, gift_count)
              values ('E05990001', 'heart', 3)
              returning 'tally' as label, ward_code || '/' || kind as key`,
      },
    ],
    select: only<readonly string[]>([], { builder: ['tally'], lead: ['tally'], admin: ['tally'] }),
    insert: `insert into public.erased_gift_tallies (ward_code, kind) values ('E05990001', 'head')`,
    touch: 'gift_count',
  }),

  'public.submit_resident_offer(jsonb, text)': {
    kind: 'function',
    cases: [
      {
        name: 'an offer from the public form',
        op: 'execute',
        statement: offerCall(`select public.submit_resident_offer($1::jsonb, '192.0.2.1')`, [
          JSON.stringify(MATRIX_OFFER),
        ]),
        expect: everyone<Outcome>('ok'),
      },
      {
        name: 'an offer with the honeypot filled in',
        op: 'execute',
        statement: offerCall(`select public.submit_resident_offer($1::jsonb)`, [
          JSON.stringify({ ...MATRIX_OFFER, website: 'https://spam.example' }),
        ]),
        expect: everyone<Outcome>('ok'),
      },
    ],
  },
  'public.record_resident_offer(jsonb, consent_method, timestamp with time zone)': {
    kind: 'function',
    cases: [
      {
        name: 'an offer from a paper form',
        op: 'execute',
        statement: offerCall(
          `select public.record_resident_offer($1::jsonb, 'paper', now() - interval '1 day')`,
          [JSON.stringify({ ...MATRIX_OFFER, email: '', preferred_contact: '' })],
        ),
        expect: only<Outcome>('refused', { builder: 'ok', admin: 'ok' }),
      },
    ],
  },
  'public.record_resident_offer_with_code(jsonb, consent_method, timestamp with time zone)': {
    kind: 'function',
    cases: [
      {
        name: 'an offer from a paper form, with its code',
        op: 'execute',
        statement: offerCall(
          `select public.record_resident_offer_with_code($1::jsonb, 'paper', now() - interval '1 day')`,
          [JSON.stringify(MATRIX_OFFER)],
        ),
        expect: only<Outcome>('refused', { builder: 'ok', admin: 'ok' }),
      },
    ],
  },
  'public.link_offers_with_code(text, text)': {
    kind: 'function',
    cases: [
      {
        // Codes sign in local mode's device accounts (no email, no role) only: every account
        // here has an email, and the builder who recorded an offer is shown its code.
        name: 'an email with a code, from an account with an email',
        op: 'execute',
        statement: offerCall(`select public.link_offers_with_code($1, 'AAAA-AAAA')`, [
          SEEDED_CONTACTS.unlinked.email,
        ]),
        expect: only<Outcome>('refused', {}),
      },
    ],
  },
  'public.link_my_offers()': {
    kind: 'function',
    cases: [
      {
        name: 'the offers sent with their email',
        op: 'execute',
        statement: offerCall(`select public.link_my_offers()`),
        expect: signedIn<Outcome>('ok'),
      },
    ],
  },
  'public.my_resident_data()': {
    kind: 'function',
    cases: [
      {
        name: 'everything held about them',
        op: 'execute',
        statement: offerCall(`select public.my_resident_data()`),
        expect: signedIn<Outcome>('ok'),
      },
    ],
  },
  'public.update_my_offer(uuid, jsonb)': {
    kind: 'function',
    cases: [
      {
        name: "the resident's own offer",
        op: 'execute',
        statement: offerCall(`select public.update_my_offer($1, $2::jsonb)`, [
          OWN_RESIDENT_ID,
          JSON.stringify(MATRIX_OFFER),
        ]),
        expect: only<Outcome>('refused', { resident: 'ok' }),
      },
    ],
  },
  'public.review_resident_offer(uuid, resident_status, text)': {
    kind: 'function',
    cases: [
      {
        name: 'an approval',
        op: 'execute',
        statement: offerCall(`select * from public.review_resident_offer($1, 'approved')`, [
          UNLINKED_RESIDENT_ID,
        ]),
        expect: only<Outcome>('refused', { builder: 'ok', admin: 'ok' }),
      },
    ],
  },
  'public.list_offers_for_review(resident_status)': {
    kind: 'function',
    cases: [
      {
        name: 'the queue',
        op: 'execute',
        statement: offerCall(`select * from public.list_offers_for_review()`),
        expect: only<Outcome>('refused', { builder: 'ok', admin: 'ok' }),
      },
    ],
  },
  'public.resident_counts_by_area()': {
    kind: 'function',
    cases: [
      {
        name: 'the counts',
        op: 'execute',
        statement: offerCall(`select * from public.resident_counts_by_area()`),
        expect: everyone<Outcome>('ok'),
      },
    ],
  },
  'public.match_residents_by_distance(double precision, double precision, gift_kind)': {
    kind: 'function',
    cases: [
      {
        name: 'residents near a hall',
        op: 'execute',
        statement: offerCall(`select * from public.match_residents_by_distance(0.53, 51.75)`),
        expect: only<Outcome>('refused', { builder: 'ok', admin: 'ok' }),
      },
    ],
  },
  'public.erase_my_data()': {
    kind: 'function',
    cases: [
      {
        name: 'their own data',
        op: 'execute',
        statement: offerCall(`select public.erase_my_data()`),
        expect: signedIn<Outcome>('ok'),
      },
    ],
  },
  'public.erase_resident(uuid)': {
    kind: 'function',
    cases: [
      {
        name: "another person's offer",
        op: 'execute',
        statement: offerCall(`select public.erase_resident($1)`, [OTHERS_RESIDENT_ID]),
        expect: only<Outcome>('refused', { admin: 'ok' }),
      },
    ],
  },
  'public.purge_unconfirmed_offers()': {
    kind: 'function',
    cases: [
      {
        name: 'the retention rule',
        op: 'execute',
        statement: offerCall(`select public.purge_unconfirmed_offers()`),
        expect: everyone<Outcome>('denied'),
      },
    ],
  },
}
