import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'
import {
  createAccount,
  offer,
  residentIdsNamed,
  runAs,
  submitOffer,
  TEST_WARDS,
  writeTestRegion,
  type SignedIn,
} from './support/resident-fixtures'

// What may be said about residents beyond themselves (counts per ward with small numbers held
// back, distance bands), and how they leave: erasure, and the 90-day retention rule.
let db: TestDatabase
let builder: SignedIn
let admin: SignedIn

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  builder = { userId: await createUser(db, ['builder']), email: 'builder@example.test' }
  admin = { userId: await createUser(db, ['admin']), email: 'admin@example.test' }
})
afterAll(() => db.close())

/** A builder records an approved offer (consents as given), as from a paper form. */
async function recordApproved(name: string, postcode: string, consents: string[]) {
  const [row] = await runAs<{ id: string }>(
    db,
    builder,
    `select public.record_resident_offer($1::jsonb, 'verbal') as id`,
    [JSON.stringify(offer({ display_name: name, postcode, consents }))],
    { commit: true },
  )
  return row!.id
}

/**
 * Every table in every schema of the database (auth, private, the audit log, the migrations'
 * record…) that holds `text` anywhere in a row. Tables owned by extensions are PostGIS's own.
 */
async function tablesHoldingText(text: string): Promise<string[]> {
  const tables = await db.admin.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name
     from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
       and not exists (select 1 from pg_catalog.pg_depend d
         where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')`,
  )
  const found: string[] = []
  for (const { name } of tables) {
    const [row] = await db.admin.query<{ n: number }>(
      `select count(*)::int as n from ${name} t where strpos(to_jsonb(t)::text, $1) > 0`,
      [text],
    )
    if (row!.n > 0) found.push(name)
  }
  return found
}

/**
 * Every geometry column, anywhere but the public postcode centroids, with a vertex at [lng, lat]
 * (a point, or a corner of a line or polygon).
 */
async function tablesHoldingPoint(lng: number, lat: number): Promise<string[]> {
  const columns = await db.admin.query<{ relation: string; column_name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as relation, a.attname as column_name
     from pg_catalog.pg_attribute a
     join pg_catalog.pg_class c on c.oid = a.attrelid
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     join pg_catalog.pg_type ty on ty.oid = a.atttypid
     where c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
       and ty.typname in ('geometry', 'geography')
       and format('%I.%I', n.nspname, c.relname) <> 'public.postcodes'`,
  )
  const found: string[] = []
  for (const column of columns) {
    const [row] = await db.admin.query<{ n: number }>(
      `select count(*)::int as n from ${column.relation} t
       where extensions.st_dwithin(extensions.st_points(t.${column.column_name}::extensions.geometry),
         extensions.st_setsrid(extensions.st_makepoint($1, $2), 4326), 1e-7)`,
      [lng, lat],
    )
    if (row!.n > 0) found.push(`${column.relation}.${column.column_name}`)
  }
  return found
}

describe('counts per ward for the public map', () => {
  it('shows wards of 5 or more, holds back smaller ones in the authority total, and one more ward so none can be worked out by subtraction', async () => {
    // Northvale: Riverside 6, Hilltop 7, Mill End 2. Southmere: Harbour 5. One more in Riverside
    // did not agree to be counted, and a pending one is not counted either.
    const plan: Array<[string, number]> = [
      ['YY1 1AB', 6],
      ['YY1 2AA', 7],
      ['YY1 3AA', 2],
      ['YY9 9AA', 5],
    ]
    for (const [postcode, people] of plan) {
      for (let i = 0; i < people; i += 1) {
        await recordApproved(`Counted ${postcode} ${i}`, postcode, ['counted_on_map'])
      }
    }
    await recordApproved('Not counted', 'YY1 1AB', ['contact_by_builder'])
    await submitOffer(db, offer({ display_name: 'Pending', postcode: 'YY1 1AB' }))

    const counts = await runAs<{ area_kind: string; area_name: string; people: number }>(
      db,
      null,
      'select area_kind, area_name, people from public.resident_counts_by_area()',
    )
    // Without the second ward held back, 15 − 6 − 7 would reveal Mill End's 2.
    expect(counts).toEqual([
      { area_kind: 'ward', area_name: 'Hilltop', people: 7 },
      { area_kind: 'ward', area_name: 'Harbour', people: 5 },
      { area_kind: 'authority', area_name: 'Northvale', people: 15 },
      { area_kind: 'authority', area_name: 'Southmere', people: 5 },
    ])
  })

  it('stops counting a resident who withdraws their consent to be counted', async () => {
    // Harbour had 5; one of them withdraws: Southmere's total of 4 is below 5, so neither Harbour
    // nor Southmere has a figure.
    await db.admin.query(
      `update public.resident_consents c set withdrawn_at = now()
       from public.residents r
       where r.resident_id = c.resident_id and r.display_name = 'Counted YY9 9AA 0'
         and c.purpose = 'counted_on_map'`,
    )
    const counts = await runAs<{ area_kind: string; area_name: string; people: number }>(
      db,
      null,
      `select area_kind, area_name, people from public.resident_counts_by_area()
       where authority_name = 'Southmere'`,
    )
    expect(counts).toEqual([])
  })
})

describe('matching by distance', () => {
  it('returns bands, by band then name, never a distance', async () => {
    await recordApproved('Zoe Near', 'YY1 1AB', ['contact_by_builder'])
    await recordApproved('Yan Middle', 'YY1 2AA', ['contact_by_builder'])
    await recordApproved('Xia Far', 'YY9 9AA', ['contact_by_builder'])
    await recordApproved('Wes Unwilling', 'YY1 1AB', ['counted_on_map'])
    const rows = await runAs<{ display_name: string; distance_band: string }>(
      db,
      builder,
      `select display_name, distance_band from public.match_residents_by_distance(0.405, 51.703, 'hands')
       where display_name in ('Zoe Near', 'Yan Middle', 'Xia Far', 'Wes Unwilling')`,
    )
    expect(rows).toEqual([
      { display_name: 'Zoe Near', distance_band: 'under 1 km' },
      { display_name: 'Yan Middle', distance_band: '1–3 km' },
      { display_name: 'Xia Far', distance_band: 'over 3 km' },
    ])
    const [columns] = await db.admin.query<{ names: string[] }>(
      `select array_agg(name order by name) as names
       from unnest((select proargnames from pg_proc where proname = 'match_residents_by_distance')) name
       where name not like 'p\\_%'`,
    )
    expect(columns!.names).toEqual([
      'display_name',
      'distance_band',
      'email',
      'gifts',
      'phone',
      'preferred_contact',
      'resident_id',
      'travel',
      'ward_name',
    ])
  })

  it('says how to contact each resident matched, all of whom agreed to be contacted by a builder', async () => {
    await runAs(
      db,
      builder,
      `select public.record_resident_offer($1::jsonb, 'paper')`,
      [
        JSON.stringify(
          offer({
            display_name: 'Vic Reachable',
            email: 'vic.reachable@example.test',
            phone: '07700900123',
            preferred_contact: 'phone',
            consents: ['contact_by_builder'],
          }),
        ),
      ],
      { commit: true },
    )
    await recordApproved('Uma Unreachable', 'YY1 1AB', ['counted_on_map'])
    const rows = await runAs<Record<string, unknown>>(
      db,
      builder,
      `select display_name, email, phone, preferred_contact
       from public.match_residents_by_distance(0.405, 51.703)
       where display_name in ('Vic Reachable', 'Uma Unreachable')`,
    )
    expect(rows).toEqual([
      {
        display_name: 'Vic Reachable',
        email: 'vic.reachable@example.test',
        phone: '07700900123',
        preferred_contact: 'phone',
      },
    ])
  })
})

describe('erasure', () => {
  const name = 'Zebedee Quillfeather 🌻'
  const email = 'zebedee.quillfeather@example.test'
  const phone = '07700900555'
  // YY1 1AE, the sector's fourth postcode: [0.413, 51.701].
  const home: [number, number] = [0.413, 51.701]
  let zebedee: SignedIn

  it('leaves no row anywhere holding the name, email, phone or home point; keeps an unlinked count; logs the erasure without the content', async () => {
    await submitOffer(
      db,
      offer({
        display_name: name,
        email,
        phone,
        postcode: 'YY1 1AE',
        gifts: [{ kind: 'heart', gift_type: 'befriending', description: `${name} loves chatting` }],
      }),
    )
    zebedee = await createAccount(db, email)
    await runAs(db, zebedee, 'select public.link_my_offers()', [], { commit: true })
    const [id] = await residentIdsNamed(db, name)
    await runAs(db, builder, `select * from public.review_resident_offer($1, 'approved')`, [id], {
      commit: true,
    })
    expect(await tablesHoldingText(email)).toEqual(
      expect.arrayContaining(['auth.users', 'public.resident_contacts']),
    )
    expect(await tablesHoldingPoint(...home)).toEqual(['public.resident_home_points.point'])
    const tallyBefore = await heartTally()

    const [erased] = await runAs<{ n: number }>(
      db,
      zebedee,
      'select public.erase_my_data() as n',
      [],
      {
        commit: true,
      },
    )

    expect(erased!.n).toBe(1)
    expect(await tablesHoldingText(name)).toEqual([])
    expect(await tablesHoldingText('Quillfeather')).toEqual([])
    expect(await tablesHoldingText(email)).toEqual([])
    expect(await tablesHoldingText(phone)).toEqual([])
    expect(await tablesHoldingPoint(...home)).toEqual([])
    expect(await heartTally()).toBe(tallyBefore + 1)
    const log = await db.admin.query<{
      action: string
      actor_id: string
      changed_columns: string[]
    }>(
      `select action, actor_id, changed_columns from public.audit_log
       where table_name = 'public.residents' and row_id = $1 order by occurred_at`,
      [id],
    )
    const actions = log.map((entry) => entry.action)
    expect([actions[0], ...actions.slice(-2)]).toEqual(['insert', 'erase', 'delete'])
    expect(log.find((entry) => entry.action === 'erase')).toMatchObject({
      actor_id: zebedee.userId,
      changed_columns: [],
    })
  })

  it('afterwards shows the person nothing held about them', async () => {
    const [row] = await runAs<{ data: { offers: unknown[] } }>(
      db,
      zebedee,
      `select public.my_resident_data() as data`,
    )
    expect(row!.data.offers).toEqual([])
  })

  it("keeps the account of a builder who erases their resident's offer, and erases the offer", async () => {
    const email = 'builder.resident@example.test'
    await submitOffer(db, offer({ display_name: 'Builder As Resident', email }))
    await db.admin.query('update auth.users set email = $2 where id = $1', [builder.userId, email])
    const asBuilder = { ...builder, email }
    await runAs(db, asBuilder, 'select public.link_my_offers()', [], { commit: true })
    await runAs(db, asBuilder, 'select public.erase_my_data()', [], { commit: true })
    expect(await residentIdsNamed(db, 'Builder As Resident')).toEqual([])
    const [account] = await db.admin.query<{ n: number }>(
      'select count(*)::int as n from auth.users where id = $1',
      [builder.userId],
    )
    expect(account!.n).toBe(1)
  })

  it('lets an admin erase an offer on request, and no one else', async () => {
    await submitOffer(db, offer({ display_name: 'By Letter' }))
    const [id] = await residentIdsNamed(db, 'By Letter')
    await expect(runAs(db, builder, 'select public.erase_resident($1)', [id])).rejects.toThrow(
      /Only administrators can erase/,
    )
    await runAs(db, admin, 'select public.erase_resident($1)', [id], { commit: true })
    expect(await residentIdsNamed(db, 'By Letter')).toEqual([])
  })
})

describe('retention', () => {
  it('deletes offers unconfirmed after 90 days, and keeps confirmed and recent ones', async () => {
    await submitOffer(db, offer({ display_name: 'Old Unconfirmed' }))
    await submitOffer(db, offer({ display_name: 'New Unconfirmed' }))
    const confirmed = await recordApproved('Old Confirmed', 'YY1 1AB', [])
    await db.admin.query(
      `update public.residents set created_at = now() - interval '91 days'
       where display_name = 'Old Unconfirmed' or resident_id = $1`,
      [confirmed],
    )
    const purged = await db.admin.transaction(async (tx) => {
      await tx.query(`select set_config('role', 'service_role', true)`)
      return tx.query<{ n: number }>('select public.purge_unconfirmed_offers() as n')
    })
    expect(purged[0]!.n).toBe(1)
    expect(await residentIdsNamed(db, 'Old Unconfirmed')).toEqual([])
    expect(await residentIdsNamed(db, 'New Unconfirmed')).toHaveLength(1)
    expect(await residentIdsNamed(db, 'Old Confirmed')).toHaveLength(1)
  })
})

async function heartTally(): Promise<number> {
  const [row] = await db.admin.query<{ n: number }>(
    `select coalesce(sum(gift_count), 0)::int as n from public.erased_gift_tallies
     where ward_code = $1 and kind = 'heart'`,
    [TEST_WARDS[0]!.code],
  )
  return row!.n
}
