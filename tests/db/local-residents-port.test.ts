import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consentWording, CONSENT_WORDING_VERSION } from '../../src/core/residents/consent-purpose'
import type { ResidentOffer } from '../../src/core/residents/resident-offer'
import { DataError } from '../../src/db/data-error'
import type { LocalActor } from '../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { writeTestRegion } from './support/resident-fixtures'
import { addMember } from './support/time-bank-fixtures'
import { testLocalDatabase } from './support/listen'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// The residents' part of the port over the local adapter (src/db/pglite/local-residents-port.ts),
// on PGlite itself and, with DATABASE_URL, on the real server through the same SQL: what the
// offer form, "your data" and the builders' pages call. Local mode signs in to "your data" with the
// email and the code the offer form showed (the attacks on that are in
// attacks/shared-device-sign-in.test.ts).
let db: TestDatabase
let resident: DataPort
let builder: DataPort

const portFor = (actor: LocalActor | null) =>
  db.pglite
    ? localDataPort(db.pglite, () => actor)
    : sqlDataPort(testLocalDatabase(db), () => actor)

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  const device = await createUser(db)
  resident = portFor({ userId: device, email: 'you@this-device.local' })
  const builderId = await createUser(db, ['builder'])
  builder = portFor({ userId: builderId, email: `${builderId}@example.test` })
})
afterAll(() => db.close())

const offer = (overrides: Partial<ResidentOffer> = {}): ResidentOffer => ({
  displayName: 'Nadia 🌻 نادية',
  gifts: [
    { kind: 'hands', giftType: 'cooking', description: '' },
    { kind: 'heart', giftType: null, description: '<script>alert(1)</script>' },
  ],
  activities: ['one_off'],
  availability: ['weekend', 'weekday_evening'],
  availabilityNote: 'Not in August',
  travel: 'up_to_3_km',
  email: 'nadia@example.test',
  phone: '',
  preferredContact: 'email',
  postcode: 'yy1 1ab',
  consents: ['counted_on_map'],
  wordingVersion: CONSENT_WORDING_VERSION,
  ...overrides,
})

describe('residents through the local adapter', () => {
  it('lists the gifts to choose from, by kind', async () => {
    const types = await resident.residents.listGiftTypes()
    expect(types.slice(0, 2)).toEqual([
      { code: 'teaching', kind: 'head', label: 'Teaching or tutoring' },
      { code: 'languages', kind: 'head', label: 'Speaking another language' },
    ])
    expect(new Set(types.map((type) => type.kind))).toEqual(new Set(['head', 'hands', 'heart']))
  })

  it("names a postcode's ward and authority, and nothing for one outside the region", async () => {
    expect(await resident.residents.findPostcodeArea('yy11ab')).toEqual({
      postcode: 'YY1 1AB',
      wardCode: 'E05990101',
      wardName: 'Riverside',
      authority: 'Northvale',
    })
    expect(await resident.residents.findPostcodeArea('SW1A 1AA')).toBeNull()
  })

  it('names the time banks of a ward and sends an application to the one chosen', async () => {
    const colchester = '00000000-0000-4000-8000-00000000b001'
    await db.admin.query(
      `insert into public.time_bank_areas (bank_id, area_code) values ($1, 'E05990101')`,
      [colchester],
    )
    expect(await resident.residents.timeBanksForWard('E05990101')).toEqual([
      { bankId: colchester, name: 'Colchester Time Bank', coversWard: true },
    ])
    await resident.residents.submitOffer(
      offer({
        displayName: 'Applying Nadia',
        activities: ['time_bank'],
        consents: ['join_time_bank'],
        timeBankId: colchester,
      }),
    )
    const members = await db.admin.query(
      `select m.bank_id, m.status from public.time_bank_members m
       join public.residents r using (resident_id) where r.display_name = 'Applying Nadia'`,
    )
    expect(members).toEqual([{ bank_id: colchester, status: 'applied' }])
  })

  it('shows nobody signed in before the email and code are given', async () => {
    expect(await resident.residents.getMyData()).toBeNull()
  })

  it('sends an offer, signs in with its email and code, and shows everything held, as typed', async () => {
    const { code } = await resident.residents.submitOffer(offer())
    expect(await resident.residents.signInWithCode(' Nadia@Example.test ', code!)).toEqual({
      status: 'signed-in',
      linked: 1,
    })
    const data = await resident.residents.getMyData()
    const [held] = data!.offers
    expect(held).toMatchObject({
      displayName: 'Nadia 🌻 نادية',
      status: 'pending',
      area: { postcodeSector: 'YY1 1', wardName: 'Riverside', authority: 'Northvale' },
      home: { postcode: 'YY1 1AB', lngLat: [0.405, 51.701] },
      contact: { email: 'nadia@example.test', phone: null, preferredContact: 'email' },
      preferences: { availabilityNote: 'Not in August', travel: 'up_to_3_km' },
    })
    expect(held!.gifts.map((gift) => gift.label ?? gift.description)).toEqual([
      // In the order given.
      'Cooking and baking',
      '<script>alert(1)</script>',
    ])
    expect(held!.consents).toEqual([
      expect.objectContaining({
        purpose: 'counted_on_map',
        wordingVersion: CONSENT_WORDING_VERSION,
        wording: consentWording('').counted_on_map,
        givenHow: 'online',
        withdrawnAt: null,
      }),
    ])
  })

  it('records the download in the audit log', async () => {
    const data = await resident.residents.exportMyData()
    expect(data.offers).toHaveLength(1)
    const [entry] = await db.admin.query<{ row_count: number }>(
      `select row_count from public.audit_log where action = 'export' and table_name = 'public.residents'`,
    )
    expect(entry).toEqual({ row_count: 1 })
  })

  it('changes the offer and its consents', async () => {
    const [held] = (await resident.residents.getMyData())!.offers
    const changed = await resident.residents.updateMyOffer(
      held!.residentId,
      offer({ displayName: 'Nadia', consents: ['contact_by_builder'] }),
    )
    expect(changed.displayName).toBe('Nadia')
    expect(
      changed.consents.map((c) => `${c.purpose} ${c.withdrawnAt ? 'withdrawn' : 'given'}`),
    ).toEqual(['counted_on_map withdrawn', 'contact_by_builder given'])
  })

  it("passes the database's refusal on with its message", async () => {
    const refusal = await resident.residents
      .submitOffer(offer({ postcode: 'SW1A 1AA' }))
      .catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(DataError)
    expect((refusal as DataError).message).toBe(
      'The postcode SW1A 1AA is not in Essex, the area this programme covers.',
    )
    expect((refusal as DataError).code).toBe('22023')
  })

  it('lets a builder review, record on behalf and match; with no home point or contact in the queue', async () => {
    const queue = await builder.residents.listForReview()
    const nadia = queue.find((item) => item.displayName === 'Nadia')!
    expect(nadia).toMatchObject({ postcodeSector: 'YY1 1', wardName: 'Riverside' })
    expect(JSON.stringify(queue)).not.toContain('nadia@example.test')
    await builder.residents.review(nadia.residentId, 'approved')
    const recorded = await builder.residents.recordOnBehalf(
      offer({
        displayName: 'Olu',
        email: '',
        phone: '01245 600700',
        preferredContact: 'phone',
        consents: ['contact_by_builder'],
      }),
      { how: 'verbal', givenAt: new Date(Date.now() - 60_000) },
    )
    expect(recorded).toEqual({ residentId: expect.stringMatching(/^[0-9a-f-]{36}$/), code: null })
    const matches = await builder.residents.matchByDistance([0.405, 51.702], 'hands')
    expect(matches.map((m) => `${m.displayName}: ${m.band}`)).toEqual([
      'Nadia: under 1 km',
      'Olu: under 1 km',
    ])
    expect(matches.find((m) => m.displayName === 'Olu')?.contact).toEqual({
      email: null,
      phone: '01245600700',
      preferred: 'phone',
    })
  })

  it('counts nobody on the public map in a ward of fewer than 5', async () => {
    expect(await resident.residents.countsByArea()).toEqual([])
  })

  it('erases everything held, and then shows the sign-in again', async () => {
    expect(await resident.residents.eraseMyData()).toBe(1)
    expect(await resident.residents.getMyData()).toBeNull()
  })

  it("acts in the time bank as the resident signed in with their code, not as the device's user", async () => {
    const colchester = '00000000-0000-4000-8000-00000000b001'
    const { code } = await resident.residents.submitOffer(
      offer({
        displayName: 'Member Nadia',
        email: 'member@example.test',
        activities: ['time_bank'],
        consents: ['join_time_bank'],
        timeBankId: colchester,
      }),
    )
    await db.admin.query(
      `update public.time_bank_members m set status = 'active', joined_at = now()
       from public.residents r where r.resident_id = m.resident_id and r.display_name = 'Member Nadia'`,
    )
    const neighbour = await addMember(db, colchester, { name: 'Neighbour' })
    // Nobody signed in: refused, and the device's own user is no member.
    await expect(resident.myTimeBanks.myMemberships()).rejects.toThrow(/Sign in/)
    expect(await resident.timeBanks.myMemberships()).toEqual([])

    await resident.residents.signInWithCode('member@example.test', code!)
    const [me] = await resident.myTimeBanks.myMemberships()
    expect(me).toMatchObject({ displayName: 'Member Nadia', status: 'active', isMe: true })
    const exchange = await resident.myTimeBanks.recordExchange({
      exchangeId: randomUUID(),
      giverIds: [me!.memberId],
      receiverIds: [neighbour.memberId],
      minutes: 45,
      description: 'Shopping',
      giftType: null,
      occurredOn: null,
    })
    // Recorded by a member, so it waits for the other party.
    expect(exchange).toMatchObject({ status: 'pending', awaitingMe: false, recordedByMe: true })

    await resident.residents.signOut()
    await expect(resident.myTimeBanks.listExchanges(colchester)).rejects.toThrow(/Sign in/)
  })
})
