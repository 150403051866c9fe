import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'
import {
  createAccount,
  offer,
  runAs,
  submitOffer,
  writeTestRegion,
  type SignedIn,
} from './support/resident-fixtures'

// Time bank members (docs/time-banks.md, owner M): applications from the offer form, coordinators'
// rights scoped to their bank, members acting only for themselves, matching by band, and banks
// that keep to themselves. Three banks over the test wards: North (Riverside and Hilltop), Hill
// (Hilltop too, so Hilltop has two) and Harbour, which does not allow exchanges between banks.
let db: TestDatabase
const NORTH = randomUUID()
const HILL = randomUUID()
const HARBOUR = randomUUID()
let northCoordinator: SignedIn
let admin: SignedIn

/** Commits one statement as `who` (null: anon) and gives its rows. */
const as = <Row = Record<string, unknown>>(
  who: SignedIn | null,
  sql: string,
  params: readonly unknown[] = [],
) => runAs<Row>(db, who, sql, params, { commit: true })

/** The error a statement raised as `who`, with its SQLSTATE. */
async function refusal(who: SignedIn | null, sql: string, params: readonly unknown[] = []) {
  try {
    await runAs(db, who, sql, params)
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message }
  }
  throw new Error('expected a refusal')
}

/** An active member with an account, in `bank`, at the postcode's sector (as a coordinator records). */
async function activeMember(
  bank: string,
  name: string,
  postcode = 'YY1 1AB',
): Promise<SignedIn & { memberId: string }> {
  const account = await createAccount(
    db,
    `${name.toLowerCase().replace(/ /g, '.')}.${randomUUID().slice(0, 6)}@example.test`,
  )
  const [row] = await db.admin.query<{ member_id: string }>(
    `insert into public.time_bank_members (bank_id, programme_id, kind, status, display_name, user_id,
       postcode_sector, ward_code, area_point, joined_at, availability)
     select $1, b.programme_id, 'resident', 'active', $2, $3, a.postcode_sector, a.ward_code, a.area_point, now(), '{weekend}'
     from public.time_banks b, private.postcode_area($4) a where b.bank_id = $1
     returning member_id`,
    [bank, name, account.userId, postcode],
  )
  return { ...account, memberId: row!.member_id }
}

async function post(who: SignedIn, memberId: string, direction: string, title: string, extra = '') {
  const [row] = await as<{ listing_id: string }>(
    who,
    `select listing_id from public.post_time_bank_listing(gen_random_uuid(), $1, $2, 'gardening', $3${extra})`,
    [memberId, direction, title],
  )
  return row!.listing_id
}

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  await db.admin.query(
    `insert into public.programme_authorities (lad_code, programme_id)
     values ('E07990101', '00000000-0000-4000-8000-000000000001'), ('E07990102', '00000000-0000-4000-8000-000000000001')`,
  )
  await db.admin.query(
    `insert into public.time_banks (bank_id, slug, name, allows_other_banks) values
       ($1, 'north', 'North Time Bank', true), ($2, 'hill', 'Hill Time Bank', true),
       ($3, 'harbour', 'Harbour Time Bank', false)`,
    [NORTH, HILL, HARBOUR],
  )
  await db.admin.query(
    `insert into public.time_bank_areas (bank_id, area_code) values
       ($1, 'E05990101'), ($1, 'E05990102'), ($2, 'E05990102'), ($3, 'E07990102')`,
    [NORTH, HILL, HARBOUR],
  )
  northCoordinator = await createAccount(db, 'north.coordinator@example.test')
  await db.admin.query(
    `insert into public.memberships (programme_id, user_id, role, scopes)
     values ('00000000-0000-4000-8000-000000000001', $1, 'coordinator', array[$2::text])`,
    [northCoordinator.userId, NORTH],
  )
  admin = { userId: await createUser(db, ['admin']), email: 'admin@example.test' }
})
afterAll(() => db.close())

const application = (overrides: Record<string, unknown>) =>
  offer({
    consents: ['counted_on_map', 'join_time_bank'],
    activities: ['time_bank'],
    ...overrides,
  })

async function membersOfOffer(name: string) {
  return db.admin.query<{
    bank_id: string
    status: string
    postcode_sector: string
    same_area: boolean
    skills: string[]
  }>(
    `select m.bank_id, m.status, m.postcode_sector,
       extensions.st_equals(m.area_point, r.area_point) as same_area,
       array(select s.gift_type from public.time_bank_member_skills s where s.member_id = m.member_id) as skills
     from public.time_bank_members m join public.residents r using (resident_id)
     where r.display_name = $1`,
    [name],
  )
}

describe('which banks a resident may join', () => {
  it('names the banks covering the ward, and every bank of the programme when none does', async () => {
    const banks = (ward: string) =>
      as<{ name: string; covers_ward: boolean }>(
        null,
        'select name, covers_ward from public.time_banks_for_ward($1)',
        [ward],
      )
    expect(await banks('E05990101')).toEqual([{ name: 'North Time Bank', covers_ward: true }])
    expect((await banks('E05990102')).map((b) => b.name)).toEqual([
      'Hill Time Bank',
      'North Time Bank',
    ])
    const none = await banks('E05990103')
    expect(none.map((b) => b.name)).toContain('North Time Bank')
    expect(none.every((b) => !b.covers_ward)).toBe(true)
  })
})

describe('applications from the offer form', () => {
  it("makes an applicant of the one bank covering the ward, at the offer's sector and area point", async () => {
    await submitOffer(db, application({ display_name: 'Applicant Riverside' }))
    expect(await membersOfOffer('Applicant Riverside')).toEqual([
      {
        bank_id: NORTH,
        status: 'applied',
        postcode_sector: 'YY1 1',
        same_area: true,
        skills: ['gardening'],
      },
    ])
  })

  it('makes no member without the join_time_bank consent, even with a bank named', async () => {
    await submitOffer(
      db,
      application({
        display_name: 'No consent',
        consents: ['counted_on_map'],
        time_bank_id: NORTH,
      }),
    )
    expect(await membersOfOffer('No consent')).toEqual([])
  })

  it('asks a resident of a ward covered by two banks to name one', async () => {
    const refused = await refusal(null, 'select public.submit_resident_offer($1::jsonb)', [
      JSON.stringify(application({ display_name: 'Two banks', postcode: 'YY1 2AA' })),
    ])
    expect(refused).toMatchObject({
      code: '22023',
      message: expect.stringMatching(/choose the one/),
    })
    await submitOffer(
      db,
      application({ display_name: 'Two banks', postcode: 'YY1 2AA', time_bank_id: HILL }),
    )
    expect((await membersOfOffer('Two banks')).map((m) => m.bank_id)).toEqual([HILL])
  })

  it('refuses a bank of another programme', async () => {
    const elsewhere = randomUUID()
    await db.admin.query(
      `insert into public.programmes (programme_id, slug, name) values ($1, 'other-tb', 'Other')`,
      [elsewhere],
    )
    const other = randomUUID()
    await db.admin.query(
      `insert into public.time_banks (bank_id, programme_id, slug, name) values ($1, $2, 'other-bank', 'Other')`,
      [other, elsewhere],
    )
    const refused = await refusal(null, 'select public.submit_resident_offer($1::jsonb)', [
      JSON.stringify(application({ display_name: 'Other programme', time_bank_id: other })),
    ])
    expect(refused.code).toBe('22023')
  })

  it('is shown to the resident, and goes when they erase their data', async () => {
    const resident = await createAccount(db, `applicant.${randomUUID().slice(0, 6)}@example.test`)
    await submitOffer(db, application({ display_name: 'Applicant Erased', email: resident.email }))
    expect(await as(resident, 'select public.link_my_offers()')).toEqual([{ link_my_offers: 1 }])
    const [data] = await as<{ d: { time_banks: { bank_name: string; status: string }[] } }>(
      resident,
      'select public.my_resident_data() as d',
    )
    expect(data!.d.time_banks).toMatchObject([{ bank_name: 'North Time Bank', status: 'applied' }])
    const [linked] = await db.admin.query<{ n: number }>(
      'select count(*)::int as n from public.time_bank_members where user_id = $1',
      [resident.userId],
    )
    expect(linked!.n).toBe(1)
    await as(resident, 'select public.erase_my_data()')
    expect(await membersOfOffer('Applicant Erased')).toEqual([])
    const [left] = await db.admin.query<{ n: number }>(
      `select count(*)::int as n from public.time_bank_members where display_name = 'Applicant Erased'`,
    )
    expect(left!.n).toBe(0)
  })
})

describe('applications and the retention rule', () => {
  it('deletes the application of an offer never confirmed, with the offer, after 90 days', async () => {
    await submitOffer(db, application({ display_name: 'Never Confirmed' }))
    await db.admin.query(
      `update public.residents set created_at = now() - interval '91 days' where display_name = 'Never Confirmed'`,
    )
    await db.admin.query('select public.purge_unconfirmed_offers()')
    const [left] = await db.admin.query<{ n: number }>(
      `select count(*)::int as n from public.time_bank_members where display_name = 'Never Confirmed'`,
    )
    expect(left!.n).toBe(0)
  })
})

describe('a coordinator scoped to one bank', () => {
  it('approves applications in their bank and cannot read or act in another', async () => {
    await submitOffer(
      db,
      application({ display_name: 'Hill applicant', postcode: 'YY1 2AA', time_bank_id: HILL }),
    )
    await submitOffer(db, application({ display_name: 'North applicant' }))
    const idOf = async (name: string) =>
      (
        await db.admin.query<{ member_id: string }>(
          'select member_id from public.time_bank_members where display_name = $1',
          [name],
        )
      )[0]!.member_id
    const [approved] = await as<{ status: string }>(
      northCoordinator,
      'select status from public.review_time_bank_application($1, true)',
      [await idOf('North applicant')],
    )
    expect(approved!.status).toBe('active')
    expect(
      await refusal(
        northCoordinator,
        'select * from public.review_time_bank_application($1, true)',
        [await idOf('Hill applicant')],
      ),
    ).toMatchObject({ code: '42501' })
    const seen = await as<{ bank_id: string }>(
      northCoordinator,
      'select distinct bank_id from public.time_bank_member_list',
    )
    expect(seen.map((row) => row.bank_id)).toEqual([NORTH])
    for (const sql of [
      `select * from public.record_time_bank_member(gen_random_uuid(), $1, 'resident', 'Someone', 'YY1 2AA')`,
      'select * from public.time_bank_checks_due($1)',
    ]) {
      expect(await refusal(northCoordinator, sql, [HILL])).toMatchObject({ code: '42501' })
    }
  })

  it("records a member with no phone or email at the sector a resident's offer would have, active at once", async () => {
    const clientId = randomUUID()
    const record = () =>
      as<{
        member_id: string
        status: string
        postcode_sector: string
        recorded_by_coordinator: boolean
      }>(
        northCoordinator,
        `select member_id, status, postcode_sector, recorded_by_coordinator
         from public.record_time_bank_member($1, $2, 'resident', 'Recorded Resident', 'YY1 1AD', p_skills => '{gardening}')`,
        [clientId, NORTH],
      )
    const [first] = await record()
    expect(first).toMatchObject({
      status: 'active',
      postcode_sector: 'YY1 1',
      recorded_by_coordinator: true,
    })
    expect((await record())[0]!.member_id).toBe(first!.member_id)
    const [row] = await db.admin.query<{ same: boolean; postcode_kept: boolean }>(
      `select extensions.st_equals(m.area_point, a.area_point) as same,
         to_jsonb(m)::text like '%YY1 1AD%' as postcode_kept
       from public.time_bank_members m, private.postcode_area('YY1 1AD') a where m.member_id = $1`,
      [first!.member_id],
    )
    expect(row).toEqual({ same: true, postcode_kept: false })
  })

  it("neither reads another bank's listings nor posts, closes or matches for its members", async () => {
    const hill = await activeMember(HILL, 'Hill Only', 'YY1 2AA')
    const hillOffer = await post(hill, hill.memberId, 'offer', 'Hill only offer')
    const seen = await as<{ bank_id: string }>(
      northCoordinator,
      'select distinct bank_id from public.time_bank_listing_list',
    )
    expect(seen.map((row) => row.bank_id)).not.toContain(HILL)
    for (const [sql, params] of [
      [
        `select * from public.post_time_bank_listing(gen_random_uuid(), $1, 'request', 'gardening', 'Acting')`,
        [hill.memberId],
      ],
      ['select * from public.close_time_bank_listing($1)', [hillOffer]],
      ['select * from public.match_time_bank_listing($1)', [hillOffer]],
      ['select public.erase_time_bank_member($1)', [hill.memberId]],
    ] as const) {
      expect(await refusal(northCoordinator, sql, params)).toMatchObject({ code: '42501' })
    }
  })

  it('records an organisation only by an approved place that is not sensitive', async () => {
    const [place] = await db.admin.query<{ asset_id: string }>(
      `insert into public.assets (client_id, name, kind, point, status, is_sensitive)
       values (gen_random_uuid(), 'Refuge', 'physical_space', extensions.st_setsrid(extensions.st_makepoint(0.405, 51.705), 4326), 'approved', true)
       returning asset_id`,
    )
    expect(
      await refusal(
        northCoordinator,
        `select * from public.record_time_bank_member(gen_random_uuid(), $1, 'organisation', 'Refuge', p_asset_id => $2)`,
        [NORTH, place!.asset_id],
      ),
    ).toMatchObject({ code: '22023' })
  })
})

describe('offers, requests and matching', () => {
  it('lets a member post for themself, never for another member', async () => {
    const pat = await activeMember(NORTH, 'Pat Post')
    const sol = await activeMember(NORTH, 'Sol Other')
    expect(
      await refusal(
        pat,
        `select * from public.post_time_bank_listing(gen_random_uuid(), $1, 'offer', 'gardening', 'Not mine')`,
        [sol.memberId],
      ),
    ).toMatchObject({ code: '42501' })
    const clientId = randomUUID()
    const postOnce = () =>
      as<{ listing_id: string; is_mine: boolean }>(
        pat,
        `select listing_id, is_mine from public.post_time_bank_listing($1, $2, 'offer', 'gardening', 'Weeding')`,
        [clientId, pat.memberId],
      )
    const [first] = await postOnce()
    expect(first!.is_mine).toBe(true)
    expect((await postOnce())[0]!.listing_id).toBe(first!.listing_id)
  })

  it('keeps at most 20 open listings per member', async () => {
    const busy = await activeMember(NORTH, 'Busy Bee')
    for (let i = 0; i < 20; i++) await post(busy, busy.memberId, 'offer', `Offer ${i}`)
    expect(
      await refusal(
        busy,
        `select * from public.post_time_bank_listing(gen_random_uuid(), $1, 'offer', 'gardening', 'One more')`,
        [busy.memberId],
      ),
    ).toMatchObject({ code: '22023' })
  })

  it("ranks offers for a request by band, never a distance, never the caller's own, other banks only when both allow it", async () => {
    const asker = await activeMember(NORTH, 'Asker', 'YY1 1AB')
    const near = await activeMember(NORTH, 'Near Neighbour', 'YY1 1AE')
    const hill = await activeMember(HILL, 'Hill Helper', 'YY1 2AA')
    const harbour = await activeMember(HARBOUR, 'Harbour Helper', 'YY9 9AA')
    const request = await post(asker, asker.memberId, 'request', 'Help with my garden')
    await post(asker, asker.memberId, 'offer', 'My own offer')
    await post(near, near.memberId, 'offer', 'Near gardening')
    await post(hill, hill.memberId, 'offer', 'Hill gardening')
    await post(harbour, harbour.memberId, 'offer', 'Harbour gardening')
    const matches = await as<Record<string, unknown>>(
      asker,
      'select * from public.match_time_bank_listing($1)',
      [request],
    )
    expect(Object.keys(matches[0]!).sort()).toEqual(
      [
        'bank_id',
        'bank_name',
        'dbs',
        'display_name',
        'distance_band',
        'gift_label',
        'gift_type',
        'last_active',
        'listing_id',
        'member_id',
        'score',
        'shared_availability',
        'title',
        'ward_code',
        'ward_name',
      ].sort(),
    )
    const names = matches.map((m) => m.display_name)
    expect(names).toContain('Near Neighbour')
    expect(names).toContain('Hill Helper')
    expect(names).not.toContain('Harbour Helper')
    expect(names).not.toContain('Asker')
    expect(matches.find((m) => m.display_name === 'Near Neighbour')!.distance_band).toBe(
      'under_1_km',
    )
    expect(
      matches.every((m) =>
        ['under_1_km', 'up_to_3_km', 'up_to_10_km', 'further'].includes(m.distance_band as string),
      ),
    ).toBe(true)
    expect(names.indexOf('Near Neighbour')).toBeLessThan(names.indexOf('Hill Helper'))

    // Harbour does not allow other banks: its member sees no other bank's offers.
    const harbourRequest = await post(
      harbour,
      harbour.memberId,
      'request',
      'Harbour needs a gardener',
    )
    expect(
      await as(harbour, 'select * from public.match_time_bank_listing($1)', [harbourRequest]),
    ).toEqual([])
    // Nor may another member ask for matches to someone else's listing.
    expect(
      await refusal(near, 'select * from public.match_time_bank_listing($1)', [request]),
    ).toMatchObject({ code: '42501' })

    // The coordinator introduces them; both see it, a third member does not.
    const nearOffer = (
      await db.admin.query<{ listing_id: string }>(
        `select listing_id from public.time_bank_listings where title = 'Near gardening'`,
      )
    )[0]!.listing_id
    await as(
      northCoordinator,
      'select public.introduce_time_bank_members(gen_random_uuid(), $1, $2)',
      [request, nearOffer],
    )
    const listed = (who: SignedIn) =>
      as<{ requester: string; offerer: string }>(
        who,
        'select requester, offerer from public.list_time_bank_introductions($1)',
        [NORTH],
      )
    expect(await listed(northCoordinator)).toEqual([
      { requester: 'Asker', offerer: 'Near Neighbour' },
    ])
    expect(await listed(near)).toHaveLength(1)
    expect(await listed(await activeMember(NORTH, 'Third Party'))).toEqual([])
  })
})

describe('distance between members', () => {
  it('is measured on the same sphere as PostGIS geography without the spheroid', async () => {
    const [row] = await db.admin.query<{ worst: number }>(
      `select max(abs(private.sphere_metres(a, b)
         - extensions.st_distance(a::extensions.geography, b::extensions.geography, false))) as worst
       from (values (0.40, 51.70, 0.41, 51.70), (0.40, 51.70, 0.43, 51.72), (0.9, 51.9, 0.1, 51.5)) p (x1, y1, x2, y2),
         lateral (select extensions.st_setsrid(extensions.st_makepoint(x1, y1), 4326) as a,
                         extensions.st_setsrid(extensions.st_makepoint(x2, y2), 4326) as b) q`,
    )
    expect(Number(row!.worst)).toBeLessThan(0.01)
  })
})

describe('checks and erasure', () => {
  it('says which DBS checks run out soon and which residents lack references', async () => {
    const checked = await activeMember(NORTH, 'Checked Member')
    await as(
      northCoordinator,
      `select public.record_time_bank_check($1, 'dbs', current_date - 1000, current_date + 30)`,
      [checked.memberId],
    )
    const due = await as<{ what: string }>(
      northCoordinator,
      `select what from public.time_bank_checks_due($1, 60) where member_id = $2 order by what`,
      [NORTH, checked.memberId],
    )
    expect(due.map((d) => d.what)).toEqual(['dbs_expiring', 'references_missing'])
    const [seen] = await as<{ dbs_valid_until: string | null }>(
      checked,
      'select dbs_valid_until from public.time_bank_member_list where member_id = $1',
      [checked.memberId],
    )
    expect(seen!.dbs_valid_until).not.toBeNull()
    const other = await activeMember(NORTH, 'Curious Member')
    const [curious] = await as<{ dbs_valid_until: string | null }>(
      other,
      'select dbs_valid_until from public.time_bank_member_list where member_id = $1',
      [checked.memberId],
    )
    expect(curious!.dbs_valid_until).toBeNull()
  })

  it('erases a member with their listings, by a coordinator of their bank or an admin only', async () => {
    const leaving = await activeMember(NORTH, 'Leaving Member')
    await post(leaving, leaving.memberId, 'offer', 'Leaving offer')
    expect(
      await refusal(leaving, 'select public.erase_time_bank_member($1)', [leaving.memberId]),
    ).toMatchObject({ code: '42501' })
    await as(admin, 'select public.erase_time_bank_member($1)', [leaving.memberId])
    const [left] = await db.admin.query<{ n: number }>(
      `select (select count(*) from public.time_bank_members where member_id = $1)
         + (select count(*) from public.time_bank_listings where title = 'Leaving offer')::int as n`,
      [leaving.memberId],
    )
    expect(Number(left!.n)).toBe(0)
  })
})
