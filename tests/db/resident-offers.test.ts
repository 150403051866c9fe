import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'
import {
  createAccount,
  offer,
  residentIdsNamed,
  runAs,
  submitOffer,
  writeTestRegion,
  type SignedIn,
} from './support/resident-fixtures'

// How offers of gifts arrive and change: the public form (checks, honeypot, rate limits), a
// builder recording one on someone's behalf, signing in by email link, the resident changing their
// offer and consents, and the builders' review with its duplicate check.
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

const count = async (table: string) =>
  (await db.admin.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n

/** Submits as anon in a rolled-back transaction and returns the refusal's message. */
async function refusal(payload: unknown): Promise<string> {
  try {
    await runAs(db, null, 'select public.submit_resident_offer($1::jsonb)', [
      JSON.stringify(payload),
    ])
  } catch (error) {
    return (error as Error).message
  }
  return 'accepted'
}

describe('the public form', () => {
  it('stores an offer as pending and unconfirmed, with the ward, sector and area derived by the database', async () => {
    const [answer] = await submitOffer(db, offer({ display_name: 'Ada Pending' }))
    // With the offer's one-time code, for signing in on a shared device (local mode).
    expect(answer).toEqual({
      answer: { received: true, code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/) },
    })
    const [row] = await db.admin.query<Record<string, unknown>>(
      `select r.status, r.confirmed_at, r.ward_code, r.postcode_sector, r.created_by,
         round(extensions.st_x(r.area_point)::numeric, 4)::float8 as area_lng,
         h.postcode, c.preferred_contact
       from public.residents r
       join public.resident_home_points h using (resident_id)
       join public.resident_contacts c using (resident_id)
       where r.display_name = 'Ada Pending'`,
    )
    // The sector's 12 postcodes lie at 0.401–0.413: their centroid is 0.407, not the home's 0.405.
    expect(row).toEqual({
      status: 'pending',
      confirmed_at: null,
      ward_code: 'E05990101',
      postcode_sector: 'YY1 1',
      created_by: null,
      area_lng: 0.407,
      postcode: 'YY1 1AB',
      preferred_contact: 'email',
    })
  })

  it("uses the ward's label point as the area when the sector has too few postcodes to hide a home", async () => {
    await submitOffer(db, offer({ display_name: 'Bea Hilltop', postcode: 'YY12AA' }))
    const [row] = await db.admin.query<{ lng: number; lat: number }>(
      `select extensions.st_x(area_point) as lng, extensions.st_y(area_point) as lat
       from public.residents where display_name = 'Bea Hilltop'`,
    )
    expect(row).toEqual({ lng: 0.43, lat: 51.71 })
  })

  it('records only the consents ticked, with the wording version and time, given online', async () => {
    await submitOffer(db, offer({ display_name: 'Cal Consents', consents: ['counted_on_map'] }))
    const rows = await db.admin.query<Record<string, unknown>>(
      `select c.purpose, c.wording_version, c.given_how, c.recorded_by, c.withdrawn_at,
         c.given_at is not null as has_time
       from public.resident_consents c join public.residents r using (resident_id)
       where r.display_name = 'Cal Consents'`,
    )
    expect(rows).toEqual([
      {
        purpose: 'counted_on_map',
        wording_version: '2026-11-23',
        given_how: 'online',
        recorded_by: null,
        withdrawn_at: null,
        has_time: true,
      },
    ])
  })

  it('records no consent at all when nothing was ticked', async () => {
    await submitOffer(db, offer({ display_name: 'Dot Nothing Ticked', consents: [] }))
    const [row] = await db.admin.query<{ n: number }>(
      `select count(c.*)::int as n from public.residents r
       left join public.resident_consents c using (resident_id)
       where r.display_name = 'Dot Nothing Ticked'`,
    )
    expect(row!.n).toBe(0)
  })

  it('answers a filled-in honeypot exactly as a real offer, and stores nothing', async () => {
    const before = await count('public.residents')
    const [answer] = await submitOffer(
      db,
      offer({ display_name: 'Robot', website: 'https://cheap-pills.example' }),
    )
    expect(answer).toEqual({
      answer: { received: true, code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/) },
    })
    expect(await count('public.residents')).toBe(before)
  })

  it('accepts emoji and right-to-left text and keeps them exactly', async () => {
    const name = 'أمينة 🌻 Amina'
    const gift = 'خياطة — sewing 🧵 for the 👵🏽 club'
    await submitOffer(
      db,
      offer({ display_name: name, gifts: [{ kind: 'hands', gift_type: null, description: gift }] }),
    )
    const [row] = await db.admin.query<{ display_name: string; description: string }>(
      `select r.display_name, g.description from public.residents r
       join public.resident_gifts g using (resident_id) where r.display_name = $1`,
      [name],
    )
    expect(row).toEqual({ display_name: name, description: gift })
  })

  it('stores a script tag as the text it is', async () => {
    const text = '<script>alert("hi")</script>'
    await submitOffer(
      db,
      offer({ display_name: text, gifts: [{ kind: 'head', gift_type: null, description: text }] }),
    )
    expect(await residentIdsNamed(db, text)).toHaveLength(1)
  })

  it('counts a name of 80 emoji as 80 characters, and accepts it', async () => {
    const name = '🌻'.repeat(80)
    await submitOffer(db, offer({ display_name: name }))
    expect(await residentIdsNamed(db, name)).toHaveLength(1)
  })
})

describe('refusals from the public form (nothing stored, a message saying what to fix)', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    [
      'an empty name',
      offer({ display_name: '   ' }),
      /^Enter the name you would like us to use\.$/,
    ],
    ['no gifts', offer({ gifts: [] }), /^Choose or describe at least one gift\.$/],
    [
      'a gift with neither a type nor words',
      offer({ gifts: [{ kind: 'head', gift_type: null, description: ' ' }] }),
      /^Choose a gift from the list or describe it in your own words\.$/,
    ],
    [
      'a gift type of another kind',
      offer({ gifts: [{ kind: 'head', gift_type: 'gardening', description: '' }] }),
      /^"gardening" is not a gift of the head in the list\.$/,
    ],
    [
      'no activity',
      offer({ activities: [] }),
      /^Choose at least one: what you would like to do\.$/,
    ],
    [
      'an unknown activity',
      offer({ activities: ['burglary'] }),
      /has a choice the form does not offer/,
    ],
    ['no availability', offer({ availability: [] }), /^Choose at least one: when you are free\.$/],
    ['no travel distance', offer({ travel: '' }), /^Choose how far you would travel\.$/],
    ['no email', offer({ email: '' }), /^Enter your email address\.$/],
    [
      'a malformed email',
      offer({ email: 'sam at home' }),
      /^Enter an email address in the right format/,
    ],
    ['a malformed phone number', offer({ phone: '12ab' }), /^Enter a phone number/],
    [
      'text preferred but no phone number',
      offer({ preferred_contact: 'text' }),
      /^Give the phone number you would like to be contacted by\.$/,
    ],
    ['no postcode', offer({ postcode: '' }), /^Enter your postcode\.$/],
    ['a malformed postcode', offer({ postcode: 'CM1' }), /^Enter a real postcode, like CM1 1AA\.$/],
    [
      'a postcode outside the region',
      offer({ postcode: 'SW1A 1AA' }),
      /^The postcode SW1A 1AA is not in Essex, the area this programme covers\.$/,
    ],
    [
      'a 10,000-character name',
      offer({ display_name: 'x'.repeat(10_000) }),
      /^The name you would like us to use must be 80 characters or fewer \(it has 10000\)\.$/,
    ],
    [
      'a 10,000-character note',
      offer({ availability_note: 'x'.repeat(10_000) }),
      /^Your note about when you are free must be 500 characters or fewer \(it has 10000\)\.$/,
    ],
    [
      'an offer of more than 16 kB (two 10,000-character answers)',
      offer({ display_name: 'x'.repeat(10_000), availability_note: 'y'.repeat(10_000) }),
      /^The offer is too large \(20\d{3} bytes; at most 16,384\)/,
    ],
    [
      'a 201-character gift',
      offer({ gifts: [{ kind: 'heart', gift_type: null, description: 'y'.repeat(201) }] }),
      /^A gift in your own words must be 200 characters or fewer \(it has 201\)\.$/,
    ],
    [
      'an 81-character name',
      offer({ display_name: 'z'.repeat(81) }),
      /^The name you would like us to use must be 80 characters or fewer \(it has 81\)\.$/,
    ],
    ['a name that is not text', offer({ display_name: 42 }), /must be text/],
    [
      'a field the form does not have',
      offer({ is_admin: true }),
      /field the form does not have: "is_admin"/,
    ],
    ['an array instead of an object', [offer()], /send the answers as one JSON object/],
    [
      'a consent to an unknown wording',
      offer({ wording_version: '1999-01-01' }),
      /wording you agreed to \(version 1999-01-01\) is not known/,
    ],
  ]
  for (const [what, payload, message] of cases) {
    it(`refuses ${what}`, async () => {
      expect(await refusal(payload)).toMatch(message)
    })
  }

  it('stores nothing when it refuses an offer', async () => {
    const before = await count('public.residents')
    await expect(
      submitOffer(db, offer({ display_name: 'Refused Rita', postcode: 'SW1A 1AA' })),
    ).rejects.toThrow(/not in Essex/)
    expect(await count('public.residents')).toBe(before)
    expect(await residentIdsNamed(db, 'Refused Rita')).toEqual([])
  })
})

describe('rate limits', () => {
  it('refuses a fourth offer with the same email within a day (case and spaces ignored), with SQLSTATE P0429', async () => {
    const email = 'busy.bee@example.test'
    for (let i = 0; i < 3; i += 1) {
      await submitOffer(db, offer({ display_name: `Busy ${i}`, email }), `203.0.113.${i}`)
    }
    const error = await submitOffer(db, offer({ email: ' BUSY.bee@example.test ' }), '203.0.113.9')
      .then(() => null)
      .catch((caught: { code?: string; message: string }) => caught)
    expect(error?.code).toBe('P0429')
    expect(error?.message).toMatch(/Too many offers have been sent with this email address today/)
  })

  it('refuses a 31st offer from one client address within an hour', async () => {
    const address = '192.0.2.77'
    for (let i = 0; i < 30; i += 1) {
      await submitOffer(db, offer({ display_name: `Hall ${i}` }), address)
    }
    await expect(submitOffer(db, offer(), address)).rejects.toThrow(
      /Too many offers have come from this connection in the last hour/,
    )
    // Another address is not held back.
    await expect(submitOffer(db, offer(), '192.0.2.78')).resolves.toHaveLength(1)
  })

  it("takes the address from the platform's X-Forwarded-For header, not from the caller's parameter", async () => {
    const headers = { 'x-forwarded-for': '198.18.0.5, 10.0.0.1' }
    for (let i = 0; i < 30; i += 1) {
      await runAs(
        db,
        null,
        'select public.submit_resident_offer($1::jsonb, $2)',
        [JSON.stringify(offer()), `10.9.9.${i}`],
        { commit: true, headers },
      )
    }
    await expect(
      runAs(
        db,
        null,
        'select public.submit_resident_offer($1::jsonb, $2)',
        [JSON.stringify(offer()), '10.9.9.250'],
        { headers },
      ),
    ).rejects.toThrow(/Too many offers have come from this connection/)
  })

  it('keeps only salted hashes of addresses and emails, never the values', async () => {
    const rows = await db.admin.query<{ text: string }>(
      `select coalesce(string_agg(a::text, ' '), '') as text from private.offer_attempts a`,
    )
    expect(rows[0]!.text).not.toMatch(/busy\.bee|192\.0\.2\.77|198\.18\.0\.5/)
    expect(rows[0]!.text).toMatch(/[0-9a-f]{64}/)
  })
})

describe('on someone’s behalf', () => {
  it('records a paper form as approved and confirmed, with consent given on paper, by whom and when', async () => {
    const givenAt = '2026-11-20T14:30:00Z'
    const [row] = await runAs<{ id: string }>(
      db,
      builder,
      `select public.record_resident_offer($1::jsonb, 'paper', $2) as id`,
      [
        JSON.stringify(
          offer({
            display_name: 'Percy Paper',
            email: '',
            phone: '01245 600 700',
            preferred_contact: 'phone',
          }),
        ),
        givenAt,
      ],
      { commit: true },
    )
    const [resident] = await db.admin.query<Record<string, unknown>>(
      `select r.status, r.created_by, r.confirmed_at is not null as confirmed, c.phone
       from public.residents r join public.resident_contacts c using (resident_id)
       where r.resident_id = $1`,
      [row!.id],
    )
    expect(resident).toEqual({
      status: 'approved',
      created_by: builder.userId,
      confirmed: true,
      phone: '01245600700',
    })
    const consents = await db.admin.query<Record<string, unknown>>(
      `select purpose, given_how, recorded_by, given_at = $2::timestamptz as at_given_time
       from public.resident_consents where resident_id = $1 order by purpose`,
      [row!.id, givenAt],
    )
    expect(consents).toEqual([
      {
        purpose: 'contact_by_builder',
        given_how: 'paper',
        recorded_by: builder.userId,
        at_given_time: true,
      },
      {
        purpose: 'counted_on_map',
        given_how: 'paper',
        recorded_by: builder.userId,
        at_given_time: true,
      },
    ])
  })

  it('refuses a consent said to be given online, or in the future', async () => {
    const call = (how: string, at: string) =>
      runAs(
        db,
        builder,
        `select public.record_resident_offer($1::jsonb, $2::public.consent_method, $3)`,
        [JSON.stringify(offer()), how, at],
      )
    await expect(call('online', new Date().toISOString())).rejects.toThrow(
      /Say how the resident gave their consent/,
    )
    await expect(call('verbal', '2999-01-01T00:00:00Z')).rejects.toThrow(
      /cannot have been given in the future/,
    )
  })

  it('refuses a resident (not a builder) recording for someone else', async () => {
    const resident = await createAccount(db, 'not.a.builder@example.test')
    await expect(
      runAs(db, resident, `select public.record_resident_offer($1::jsonb, 'verbal')`, [
        JSON.stringify(offer()),
      ]),
    ).rejects.toThrow(/Only community builders and admins can record an offer/)
  })
})

describe('signing in and changing one’s offer', () => {
  it('links the offers sent with the signed-in email, confirms them, and shows everything held', async () => {
    const email = 'fern.link@example.test'
    await submitOffer(db, offer({ display_name: 'Fern Link', email }))
    const fern = await createAccount(db, email)
    const [linked] = await runAs<{ n: number }>(
      db,
      fern,
      'select public.link_my_offers() as n',
      [],
      {
        commit: true,
      },
    )
    expect(linked!.n).toBe(1)
    const [{ data }] = (await runAs<{ data: MyData }>(
      db,
      fern,
      'select public.my_resident_data() as data',
    )) as [{ data: MyData }]
    const [mine] = data.offers
    expect(mine).toMatchObject({
      display_name: 'Fern Link',
      status: 'pending',
      contact: { email, preferred_contact: 'email' },
      home: { postcode: 'YY1 1AB', lng: 0.405, lat: 51.701 },
      area: { postcode_sector: 'YY1 1', ward_name: 'Riverside', authority: 'Northvale' },
    })
    expect(mine!.confirmed_at).not.toBeNull()
    expect(mine!.consents.map((consent) => consent.wording)).toEqual([
      expect.stringContaining('A community builder may contact me'),
      expect.stringContaining('counted, with others'),
    ])
    expect(mine!.history.map((entry) => entry.table)).toContain('public.resident_home_points')
  })

  it('links an offer when the sign-in email differs only in case, width or invisible characters', async () => {
    await submitOffer(db, offer({ display_name: 'Quill Case', email: 'quill.case@example.test' }))
    // As an email provider may spell the address in the sign-in token: capitals, a full-width @,
    // a zero-width space.
    const quill = await createAccount(db, 'QUILL.Case\uFF20example.test\u200B')
    const [linked] = await runAs<{ n: number }>(db, quill, 'select public.link_my_offers() as n')
    expect(linked!.n).toBe(1)
  })

  it('does not link an offer sent with someone else’s email', async () => {
    await submitOffer(db, offer({ display_name: 'Gus Other', email: 'gus@example.test' }))
    const stranger = await createAccount(db, 'stranger@example.test')
    const [linked] = await runAs<{ n: number }>(db, stranger, 'select public.link_my_offers() as n')
    expect(linked!.n).toBe(0)
  })

  it('lets the resident change their answers and withdraw a consent, keeping when it was withdrawn', async () => {
    const email = 'hal.change@example.test'
    await submitOffer(db, offer({ display_name: 'Hal Change', email }))
    const hal = await createAccount(db, email)
    await runAs(db, hal, 'select public.link_my_offers()', [], { commit: true })
    const [id] = await residentIdsNamed(db, 'Hal Change')
    const [{ data }] = (await runAs<{ data: OfferData }>(
      db,
      hal,
      'select public.update_my_offer($1, $2::jsonb) as data',
      [
        id,
        JSON.stringify(
          offer({
            display_name: 'Hal Changed',
            email,
            postcode: 'YY1 3AA',
            consents: ['counted_on_map'],
          }),
        ),
      ],
      { commit: true },
    )) as [{ data: OfferData }]
    expect(data).toMatchObject({
      display_name: 'Hal Changed',
      home: { postcode: 'YY1 3AA' },
      area: { ward_name: 'Mill End' },
    })
    const withdrawn = data.consents.find((consent) => consent.purpose === 'contact_by_builder')
    expect(withdrawn?.withdrawn_at).not.toBeNull()
  })

  it('refuses to change another person’s offer', async () => {
    const [id] = await residentIdsNamed(db, 'Gus Other')
    const intruder = await createAccount(db, 'intruder@example.test')
    await expect(
      runAs(db, intruder, 'select public.update_my_offer($1, $2::jsonb)', [
        id,
        JSON.stringify(offer()),
      ]),
    ).rejects.toThrow(/You can change only your own offer/)
  })
})

describe('review', () => {
  it('approves, and refuses a rejection without a reason', async () => {
    const [id] = await residentIdsNamed(db, 'Ada Pending')
    await expect(
      runAs(db, builder, `select * from public.review_resident_offer($1, 'rejected', '  ')`, [id]),
    ).rejects.toThrow(/Give a reason for rejecting the offer/)
    const [row] = await runAs<Record<string, unknown>>(
      db,
      builder,
      `select status, reviewed_at is not null as stamped from public.review_resident_offer($1, 'approved')`,
      [id],
    )
    expect(row).toEqual({ status: 'approved', stamped: true })
  })

  it('stamps who reviewed, whatever the reviewer writes in reviewed_by', async () => {
    const [id] = await residentIdsNamed(db, 'Bea Hilltop')
    await runAs(
      db,
      builder,
      `update public.residents set status = 'rejected', status_reason = 'Spam' where resident_id = $1`,
      [id],
      { commit: true },
    )
    const [row] = await db.admin.query<{ reviewed_by: string }>(
      'select reviewed_by from public.residents where resident_id = $1',
      [id],
    )
    expect(row!.reviewed_by).toBe(builder.userId)
    await expect(
      runAs(db, builder, `update public.residents set reviewed_by = $2 where resident_id = $1`, [
        id,
        admin.userId,
      ]),
    ).rejects.toThrow(/permission denied/)
  })

  it('shows builders possible duplicates by the same email (both agreed to be contacted) or the same name in the same sector, never the email', async () => {
    const email = 'ivy.twice@example.test'
    await submitOffer(db, offer({ display_name: 'Ivy Twice', email }))
    await submitOffer(db, offer({ display_name: 'Ivy T', email }))
    await submitOffer(
      db,
      offer({ display_name: 'ivy twice ', email: 'ivy.other@example.test', postcode: 'YY1 1AD' }),
    )
    const rows = await runAs<{
      display_name: string
      duplicates: { display_name: string; reason: string }[]
    }>(
      db,
      builder,
      `select display_name, duplicates from public.list_offers_for_review('pending')
       where display_name ilike 'ivy%' order by display_name`,
    )
    const byName = Object.fromEntries(
      rows.map((row) => [
        row.display_name,
        row.duplicates.map((d) => `${d.display_name}: ${d.reason}`),
      ]),
    )
    expect(byName).toEqual({
      'Ivy T': ['Ivy Twice: same email'],
      'Ivy Twice': ['Ivy T: same email', 'ivy twice: same name in the same sector'],
      // Stored trimmed, compared without case.
      'ivy twice': ['Ivy Twice: same name in the same sector'],
    })
    expect(JSON.stringify(rows)).not.toContain(email)
  })
})

interface OfferData {
  display_name: string
  confirmed_at: string | null
  consents: { purpose: string; wording: string; withdrawn_at: string | null }[]
  history: { table: string }[]
}
interface MyData {
  offers: OfferData[]
}
