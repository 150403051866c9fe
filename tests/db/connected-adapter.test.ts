import { randomUUID } from 'node:crypto'
import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestJpeg } from '../../src/core/photos/testing/build-test-jpeg'
import { CONSENT_WORDING_VERSION } from '../../src/core/residents/consent-purpose'
import type { ResidentOffer } from '../../src/core/residents/resident-offer'
import { SIGNED_OUT, type Session } from '../../src/core/session/session'
import { DataError } from '../../src/db/data-error'
import type { LocalActor } from '../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { supabaseDataPort } from '../../src/db/supabase/supabase-data-port'
import { NeverConnectingSocket } from '../../src/db/supabase/testing/recording-supabase-client'
import { startPostgrestTestServer, type PostgrestTestServer } from '../support/postgrest-server'
import { signTestJwt } from '../support/test-jwt'
import { testLocalDatabase } from './support/listen'
import { residentIdsNamed, writeTestRegion } from './support/resident-fixtures'
import { addCoordinator, addMember } from './support/time-bank-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// The connected adapter (src/db/supabase/), unchanged, through supabase-js to a PostgREST-
// compatible server (tests/support/postgrest-server.ts) over the test database: the calls' names
// and arguments, the JWT's role and claims, the database's refusals as people read them, and every
// read of a table or view (`client.from(…)`) and Auth call, compared with the local adapter's.
let db: TestDatabase
const COLCHESTER_BANK = '00000000-0000-4000-8000-00000000b001'
let server: PostgrestTestServer
let builderId: string

const clientWith = (token: string | null): SupabaseClient =>
  createClient(server.url, server.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: NeverConnectingSocket },
    ...(token ? { global: { headers: { Authorization: `Bearer ${token}` } } } : {}),
  })

const rpc = (fn: string, body: unknown, token = server.anonKey) =>
  fetch(`${server.url}/rest/v1/rpc/${fn}`, {
    method: 'POST',
    headers: {
      apikey: server.anonKey,
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  })

let anon: DataPort
let builder: DataPort

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  builderId = await createUser(db, ['builder'])
  server = await startPostgrestTestServer(db.admin)
  anon = supabaseDataPort(clientWith(null))
  builder = supabaseDataPort(
    clientWith(
      server.tokenFor({
        role: 'authenticated',
        sub: builderId,
        email: `${builderId}@example.test`,
      }),
    ),
  )
  // What the server sets for each request, read back through a function of this test only.
  await db.admin.exec(`
    create function public.test_request_settings() returns jsonb language sql as $$
      select jsonb_build_object(
        'role', current_user::text,
        'statement_timeout', current_setting('statement_timeout'),
        'sub', current_setting('request.jwt.claims', true)::jsonb ->> 'sub',
        'forwarded_for', current_setting('request.headers', true)::jsonb ->> 'x-forwarded-for')
    $$;
    create function public.test_many_rows() returns table (n integer) language sql as $$
      select generate_series(1, 1500)
    $$;
    grant execute on function public.test_request_settings(), public.test_many_rows()
      to anon, authenticated;
    create view public.test_many_rows_view as select generate_series(1, 1500) as n;
    grant select on public.test_many_rows_view to anon, authenticated;`)
})
afterAll(async () => {
  await server?.close()
  await db?.close()
})

const offer = (overrides: Partial<ResidentOffer> = {}): ResidentOffer => ({
  displayName: 'Priya',
  gifts: [{ kind: 'hands', giftType: 'cooking', description: '' }],
  activities: ['one_off'],
  availability: ['weekend'],
  availabilityNote: '',
  travel: 'up_to_3_km',
  email: 'priya@example.test',
  phone: '',
  preferredContact: 'email',
  postcode: 'YY1 1AB',
  consents: ['counted_on_map'],
  wordingVersion: CONSENT_WORDING_VERSION,
  ...overrides,
})

describe('the connected adapter through a PostgREST-compatible server', () => {
  it('sends an offer from the public form as anon, and a builder finds it in the review queue', async () => {
    await anon.residents.submitOffer(offer())
    const queue = await builder.residents.listForReview()
    expect(queue.map((item) => `${item.displayName} (${item.status}) ${item.wardName}`)).toEqual([
      'Priya (pending) Riverside',
    ])
    await builder.residents.review(queue[0]!.residentId, 'approved')
    expect((await builder.residents.listForReview())[0]?.status).toBe('approved')
  })

  it('adds an asset with its photo: every argument by name, the bytes intact through JSON', async () => {
    const hall = await builder.assets.create({
      clientId: randomUUID(),
      name: 'Riverside Hall',
      kind: 'physical_space',
      subtype: null,
      description: '',
      openingTimes: '',
      accessibility: 'Step-free',
      website: null,
      tags: ['hall'],
      contact: null,
      lngLat: [0.405, 51.705],
    })
    expect(hall).toMatchObject({ name: 'Riverside Hall', status: 'approved', tags: ['hall'] })
    const bytes = buildTestJpeg({ widthPx: 40, heightPx: 30 })
    await builder.photos.set(hall.id, {
      bytes,
      mime: 'image/jpeg',
      widthPx: 40,
      heightPx: 30,
      altText: 'The hall',
    })
    const [stored] = await db.admin.query<{ photo: Uint8Array }>(
      'select photo from public.asset_photos where asset_id = $1',
      [hall.id],
    )
    expect(new Uint8Array(stored!.photo)).toEqual(bytes)
  })

  it("shows the database's refusal as the app's DataError, with PostgREST's status", async () => {
    const refusal = await anon.residents
      .submitOffer(offer({ postcode: 'SW1A 1AA' }))
      .catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(DataError)
    expect((refusal as DataError).message).toBe(
      'The postcode SW1A 1AA is not in Essex, the area this programme covers.',
    )
    expect((refusal as DataError).code).toBe('22023')
    const response = await rpc('submit_resident_offer', { p_payload: { display_name: 'x' } })
    expect(response.status).toBe(400)
    expect(Object.keys(await response.json()).sort()).toEqual([
      'code',
      'details',
      'hint',
      'message',
    ])
  })

  it('refuses the review queue to the public (401) and to a person with no role (403)', async () => {
    const refusal = await anon.residents.listForReview().catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(DataError)
    expect((refusal as DataError).code).toBe('42501')
    expect((await rpc('list_offers_for_review', {})).status).toBe(401)
    const nobody = server.tokenFor({ role: 'authenticated', sub: await createUser(db) })
    const response = await rpc('list_offers_for_review', {}, nobody)
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ code: '42501' })
  })

  it('acts as the role and claims of the token, with the statement timeout of each role', async () => {
    const settings = async (token?: string) =>
      (await rpc('test_request_settings', {}, token)).json()
    expect(await settings()).toMatchObject({ role: 'anon', statement_timeout: '3s', sub: null })
    expect(
      await settings(server.tokenFor({ role: 'authenticated', sub: builderId })),
    ).toMatchObject({ role: 'authenticated', statement_timeout: '8s', sub: builderId })
  })

  it('passes the headers on, with the address the request came from last in X-Forwarded-For', async () => {
    const response = await fetch(`${server.url}/rest/v1/rpc/test_request_settings`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.9', 'content-type': 'application/json' },
      body: '{}',
    })
    expect((await response.json()).forwarded_for).toBe('203.0.113.9, 127.0.0.1')
  })

  it('gives at most 1,000 rows', async () => {
    const rows = (await (await rpc('test_many_rows', {})).json()) as unknown[]
    expect(rows).toHaveLength(1000)
    expect(rows[999]).toEqual({ n: 1000 })
  })

  it('refuses a token signed with another secret, and one naming a role the API never takes', async () => {
    const forged = signTestJwt(
      { role: 'authenticated', sub: builderId },
      'another-secret-entirely-32-chars!',
    )
    const response = await rpc('list_offers_for_review', {}, forged)
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ code: 'PGRST301' })
    const superuser = await rpc('list_offers_for_review', {}, server.tokenFor({ role: 'postgres' }))
    expect(superuser.status).toBe(401)
  })

  it('answers a function or argument that does not exist as PostgREST does', async () => {
    const misspelt = await rpc('submit_resident_offer', { p_offer: {} })
    expect(misspelt.status).toBe(404)
    expect(await misspelt.json()).toMatchObject({ code: 'PGRST202' })
    expect((await rpc('no_such_function', {})).status).toBe(404)
  })
})

const PASSWORD = 'correct horse battery staple'

const localPortFor = (actor: LocalActor | null): DataPort =>
  db.pglite
    ? localDataPort(db.pglite, () => actor)
    : sqlDataPort(testLocalDatabase(db), () => actor)

/** A connected port signed in with email and password through the test server's Auth. */
async function signedIn(email: string): Promise<DataPort> {
  const port = supabaseDataPort(clientWith(null))
  await port.session.signInWithPassword(email, PASSWORD)
  return port
}

/** The value, or the refusal's code and words: what a person would be shown either way. */
const settle = <T>(work: Promise<T>) =>
  work.then(
    (value) => ({ value }),
    (error: { code?: unknown; message?: unknown }) => ({
      refused: { code: error.code, message: error.message },
    }),
  )

describe("the connected adapter's reads of tables and views, and its Auth calls", () => {
  const builderEmail = () => `${builderId}@example.test`
  let adminEmail: string
  let hallId: string
  let cafeId: string
  let workshopId: string

  beforeAll(async () => {
    adminEmail = `${await createUser(db, ['admin'])}@example.test`
    server.setPassword(builderEmail(), PASSWORD)
    server.setPassword(adminEmail, PASSWORD)
    // What there is to read, made through the local adapter as a builder and as the public.
    const builder = localPortFor({ userId: builderId, email: builderEmail() })
    const asset = async (name: string, lngLat: [number, number]) =>
      (
        await builder.assets.create({
          clientId: randomUUID(),
          name,
          kind: 'physical_space',
          subtype: null,
          description: '',
          openingTimes: '',
          accessibility: '',
          website: null,
          tags: ['reads'],
          contact: 'bookings@example.test',
          lngLat,
        })
      ).id
    hallId = await asset('Mill Hall', [0.405, 51.705])
    cafeId = await asset('Mill Café', [0.409, 51.709])
    await builder.photos.set(hallId, {
      bytes: buildTestJpeg({ widthPx: 8, heightPx: 6 }),
      mime: 'image/jpeg',
      widthPx: 8,
      heightPx: 6,
      altText: 'The hall',
    })
    await builder.links.link({ fromAssetId: cafeId, toAssetId: hallId, relation: 'meets_at' })
    await builder.assets.reportChange(hallId, 'The hall now opens on Sundays too.')
    workshopId = (
      await builder.workshops.create({ name: 'Mill mapping', place: 'Hall', date: '2026-11-30' })
    ).id
    await localPortFor(null).residents.submitOffer(
      offer({
        displayName: 'Rosa Linked',
        email: 'rosa@example.test',
        consents: ['contact_by_builder', 'counted_on_map'],
      }),
    )
    const [rosaId] = await residentIdsNamed(db, 'Rosa Linked')
    await builder.residents.review(rosaId!, 'approved')
    await builder.personLinks.link({
      residentId: rosaId!,
      assetId: hallId,
      relation: 'volunteers_at',
    })
  })

  /** Every read of a table or view the connected adapter makes (each `client.from(…)` select). */
  const everyRead = async (port: DataPort) => ({
    wardSummaries: await settle(port.region.listWardSummaries()),
    subtypes: await settle(port.taxonomy.listSubtypes()),
    assets: await settle(port.assets.list()),
    hall: await settle(port.assets.get(hallId)),
    missingAsset: await settle(port.assets.get(randomUUID())),
    changeReports: await settle(port.review.listChangeReports()),
    hallLinks: await settle(port.links.list(hallId)),
    hallPhoto: await settle(port.photos.get(hallId)),
    cafePhoto: await settle(port.photos.get(cafeId)),
    workshops: await settle(port.workshops.list()),
    workshopSummary: await settle(port.workshops.summary(workshopId)),
    hallPeople: await settle(port.personLinks.list(hallId)),
    giftTypes: await settle(port.residents.listGiftTypes()),
    postcodeArea: await settle(port.residents.findPostcodeArea('yy1 1ab')),
    unknownPostcode: await settle(port.residents.findPostcodeArea('ZZ8 8ZZ')),
    approvedCount: await settle(port.analysis.countApprovedAssets()),
    timeBankActivity: await settle(port.analysis.timeBankActivity()),
    timeBanks: await settle(port.timeBankReports.listBanks()),
    coordinatedBanks: await settle(port.timeBankReports.coordinatedBankIds()),
    timeBankReport: await settle(port.timeBankReports.monthlyReport(COLCHESTER_BANK)),
    session: await settle(port.session.current()),
  })

  it('reads every table and view as the local adapter does, as the public', async () => {
    const connected = await everyRead(anon)
    expect(connected).toEqual(await everyRead(localPortFor(null)))
    // What the public may not see stays unseen through both: contacts, people, reports.
    expect(connected.hall).toMatchObject({ value: { name: 'Mill Hall', contact: null } })
    expect(connected.hallPeople).toMatchObject({ refused: { code: '42501' } })
    expect(connected.changeReports).toMatchObject({ refused: { code: '42501' } })
    expect(connected.session).toEqual({ value: SIGNED_OUT })
    expect(connected.timeBanks).toMatchObject({
      value: expect.arrayContaining([
        expect.objectContaining({ name: 'Colchester Time Bank', areaCodes: ['E07000071'] }),
      ]),
    })
    expect(connected.timeBankReport).toMatchObject({ refused: { code: '42501' } })
  })

  it('reads every table and view as the local adapter does, as a builder signed in with a password', async () => {
    const connected = await everyRead(await signedIn(builderEmail()))
    expect(connected).toEqual(
      await everyRead(localPortFor({ userId: builderId, email: builderEmail() })),
    )
    expect(connected.hall).toMatchObject({ value: { contact: 'bookings@example.test' } })
    expect(connected.hallPeople).toMatchObject({ value: [{ displayName: 'Rosa Linked' }] })
    expect(connected.changeReports).toMatchObject({
      value: [{ message: 'The hall now opens on Sundays too.' }],
    })
    expect(connected.hallLinks).toMatchObject({ value: [{ relation: 'meets_at' }] })
    expect(connected.hallPhoto).toMatchObject({ value: { altText: 'The hall' } })
    expect(connected.postcodeArea).toMatchObject({ value: { wardName: 'Riverside' } })
    expect(connected.session).toMatchObject({ value: { signedIn: true, roles: ['builder'] } })
  })

  it('reads and writes the time banks as the local adapter does, as a member and as a coordinator', async () => {
    const coordinatorId = await addCoordinator(db, [COLCHESTER_BANK])
    const ann = await addMember(db, COLCHESTER_BANK, { name: 'Ann Giver' })
    const bob = await addMember(db, COLCHESTER_BANK, { name: 'Bob Receiver' })
    for (const id of [coordinatorId, ann.userId, bob.userId]) {
      server.setPassword(`${id}@example.test`, PASSWORD)
    }
    const local = (userId: string) => localPortFor({ userId, email: `${userId}@example.test` })
    const listing = (memberId: string, direction: 'offer' | 'request', title: string) => ({
      clientId: randomUUID(),
      memberId,
      direction,
      giftType: 'gardening',
      title,
      description: '',
      frequency: 'one_off' as const,
      wardCode: null,
      availability: [],
      whenNote: '',
      needsDbs: false,
    })
    const offer = await local(ann.userId).timeBanks.postListing(
      listing(ann.memberId, 'offer', 'Weeding'),
    )
    await local(bob.userId).timeBanks.postListing(
      listing(bob.memberId, 'request', 'Help with my garden'),
    )
    // Bob records what Ann gave him, through the connected adapter: pending until Ann confirms.
    const bobConnected = await signedIn(`${bob.userId}@example.test`)
    const pending = await bobConnected.timeBanks.recordExchange({
      exchangeId: randomUUID(),
      giverIds: [ann.memberId],
      receiverIds: [bob.memberId],
      minutes: 90,
      description: 'Weeding',
      giftType: 'gardening',
      occurredOn: null,
    })
    expect(pending).toMatchObject({ status: 'pending', recordedByMe: true })

    const everyTimeBankRead = async (port: DataPort, memberId: string) => ({
      banks: await settle(port.timeBanks.listBanks()),
      mine: await settle(port.timeBanks.myMemberships()),
      members: await settle(port.timeBanks.listMembers(COLCHESTER_BANK)),
      listings: await settle(port.timeBanks.listListings(COLCHESTER_BANK)),
      matches: await settle(port.timeBanks.matchListing(offer.listingId)),
      exchanges: await settle(port.timeBanks.listExchanges(COLCHESTER_BANK)),
      accounts: await settle(port.timeBanks.listAccounts(COLCHESTER_BANK)),
      statement: await settle(port.timeBanks.statement(memberId)),
    })
    const annConnected = await signedIn(`${ann.userId}@example.test`)
    const annReads = await everyTimeBankRead(annConnected, ann.memberId)
    expect(annReads).toEqual(await everyTimeBankRead(local(ann.userId), ann.memberId))
    expect(annReads.matches).toMatchObject({ value: [{ title: 'Help with my garden' }] })
    expect(annReads.exchanges).toMatchObject({ value: [{ status: 'pending', awaitingMe: true }] })

    // Ann confirms through the connected adapter; both balances move, as both adapters read them.
    expect(await annConnected.timeBanks.confirmExchange(pending.exchangeId)).toMatchObject({
      status: 'confirmed',
    })
    const coordinatorReads = await everyTimeBankRead(
      await signedIn(`${coordinatorId}@example.test`),
      bob.memberId,
    )
    expect(coordinatorReads).toEqual(await everyTimeBankRead(local(coordinatorId), bob.memberId))
    expect(coordinatorReads.statement).toMatchObject({
      value: [{ counterparty: 'Ann Giver', minutes: -90, balanceAfter: -90 }],
    })
  })

  it('refuses a wrong password, tells subscribers of a sign-in, and reads as the public after sign-out', async () => {
    const port = supabaseDataPort(clientWith(null))
    const refusal = await port.session
      .signInWithPassword(builderEmail(), 'not the password')
      .catch((error: unknown) => error)
    expect(refusal).toMatchObject({ message: 'Invalid login credentials' })
    const heard: Session[] = []
    const stop = port.session.subscribe((session) => heard.push(session))
    await port.session.signInWithPassword(builderEmail(), PASSWORD)
    await expect.poll(() => heard.some((session) => session.signedIn)).toBe(true)
    expect((await port.assets.get(hallId)).contact).toBe('bookings@example.test')
    await port.session.signOut()
    stop()
    expect(await port.session.current()).toEqual(SIGNED_OUT)
    expect((await port.assets.get(hallId)).contact).toBeNull()
  })

  it('renews a session with its refresh token, and no longer once signed out everywhere', async () => {
    const client = clientWith(null)
    await supabaseDataPort(client).session.signInWithPassword(builderEmail(), PASSWORD)
    const first = (await client.auth.getSession()).data.session!
    const renewed = await client.auth.refreshSession()
    expect(renewed.error).toBeNull()
    expect(renewed.data.session?.refresh_token).not.toBe(first.refresh_token)
    expect(renewed.data.user?.id).toBe(builderId)
    const reused = await clientWith(null).auth.refreshSession({
      refresh_token: first.refresh_token,
    })
    expect(reused.error?.code).toBe('refresh_token_not_found')
    const kept = renewed.data.session!.refresh_token
    await supabaseDataPort(client).session.signOut()
    const afterSignOut = await clientWith(null).auth.refreshSession({ refresh_token: kept })
    expect(afterSignOut.error?.code).toBe('refresh_token_not_found')
  })

  it('asks Auth for a sign-in link that leads back to the app', async () => {
    await anon.session.sendSignInLink('new.builder@example.test')
    await anon.residents.signInByEmail('rosa@example.test')
    expect(server.signInLinksSent.slice(-2)).toEqual([
      { email: 'new.builder@example.test', redirectTo: expect.any(String), createUser: true },
      {
        email: 'rosa@example.test',
        redirectTo: expect.stringMatching(/my-data$/),
        createUser: true,
      },
    ])
  })

  it('shows a resident signed in their own offer, and nothing once they sign out', async () => {
    const rosaId = randomUUID()
    await db.admin.query('insert into auth.users (id, email) values ($1, $2)', [
      rosaId,
      'rosa@example.test',
    ])
    server.setPassword('rosa@example.test', PASSWORD)
    const rosa = await signedIn('rosa@example.test')
    const mine = await rosa.residents.getMyData()
    expect(mine?.offers.map((held) => held.displayName)).toEqual(['Rosa Linked'])
    await rosa.residents.signOut()
    expect(await rosa.residents.getMyData()).toBeNull()
  })

  it("revokes a role with a filtered DELETE as an administrator; a builder's attempt removes nothing", async () => {
    const memberId = await createUser(db, ['builder', 'lead'])
    const roles = async () =>
      (
        await db.admin.query<{ role: string }>(
          'select role::text as role from public.memberships where user_id = $1 order by role',
          [memberId],
        )
      ).map((row) => row.role)
    await (await signedIn(builderEmail())).members.revoke(memberId, 'lead')
    expect(await roles()).toEqual(['builder', 'lead'])
    await (await signedIn(adminEmail)).members.revoke(memberId, 'lead')
    expect(await roles()).toEqual(['builder'])
  })
})

describe('reads as PostgREST answers them', () => {
  const builderClient = () => clientWith(server.tokenFor({ role: 'authenticated', sub: builderId }))
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/rest/v1/${query}`, {
      headers: { apikey: server.anonKey, authorization: `Bearer ${server.anonKey}`, ...headers },
    })

  it('gives at most 1,000 rows of a longer read, with the full count when asked, and any page of the rest', async () => {
    const everything = await clientWith(null)
      .from('test_many_rows_view')
      .select('n', { count: 'exact' })
      .order('n')
    expect(everything.data).toHaveLength(1000)
    expect(everything.data?.at(-1)).toEqual({ n: 1000 })
    expect(everything.count).toBe(1500)
    const page = await clientWith(null)
      .from('test_many_rows_view')
      .select('n')
      .order('n', { ascending: false })
      .range(100, 102)
    expect(page.data).toEqual([{ n: 1400 }, { n: 1399 }, { n: 1398 }])
    const ranged = await get('test_many_rows_view?select=n&order=n', { range: '5-7' })
    expect(await ranged.json()).toEqual([{ n: 6 }, { n: 7 }, { n: 8 }])
  })

  it('filters with eq, in, like, is, not, and nested or/and, and orders by several columns', async () => {
    const names = async (
      build: (query: ReturnType<ReturnType<SupabaseClient['from']>['select']>) => PromiseLike<{
        data: unknown
        error: unknown
      }>,
    ) => {
      const { data, error } = await build(
        clientWith(null).from('ward_summaries').select('name:ward_name'),
      )
      expect(error).toBeNull()
      return (data as { name: string }[]).map((row) => row.name)
    }
    expect(
      await names((q) => q.in('ward_code', ['E05990101', 'E05990104']).order('ward_name')),
    ).toEqual(['Harbour', 'Riverside'])
    expect(
      await names((q) =>
        q.or('ward_name.eq.Hilltop,and(lad_name.eq.Southmere,population.gt.10)').order('ward_name'),
      ),
    ).toEqual(['Harbour', 'Hilltop'])
    expect(
      await names((q) =>
        q
          .not('ward_name', 'like', '*End')
          .is('imd2025_score', null)
          .order('lad_name', { ascending: false })
          .order('ward_name'),
      ),
    ).toEqual(['Harbour', 'Hilltop', 'Riverside'])
  })

  it('answers one object for single(), and PGRST116 when there is none or more than one', async () => {
    const wards = () => clientWith(null).from('ward_summaries').select('ward_name')
    expect((await wards().eq('ward_code', 'E05990101').single()).data).toEqual({
      ward_name: 'Riverside',
    })
    const none = await wards().eq('ward_code', 'E05000000').single()
    expect(none.status).toBe(406)
    expect(none.error).toMatchObject({
      code: 'PGRST116',
      details: 'The result contains 0 rows',
      message: 'Cannot coerce the result to a single JSON object',
    })
    expect((await wards().single()).error?.details).toBe('The result contains 4 rows')
  })

  it("answers mistakes with PostgREST's error body and status", async () => {
    const missingColumn = await get('ward_summaries?select=ward_nmae')
    expect(missingColumn.status).toBe(400)
    const body = (await missingColumn.json()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual(['code', 'details', 'hint', 'message'])
    expect(body.code).toBe('42703')
    const missingTable = await get('no_such_view?select=*')
    expect(missingTable.status).toBe(404)
    expect(await missingTable.json()).toMatchObject({ code: 'PGRST205' })
    const otherSchema = await clientWith(null).schema('private').from('anything').select('*')
    expect(otherSchema.status).toBe(406)
    expect(otherSchema.error?.code).toBe('PGRST106')
  })

  it('treats a filter value as a value and refuses a column name that is not a plain name', async () => {
    const quoted = await clientWith(null)
      .from('ward_summaries')
      .select('ward_name')
      .eq('ward_name', "Riverside' or 'a' = 'a")
    expect(quoted.data).toEqual([])
    const injected = await get(
      `ward_summaries?select=${encodeURIComponent('ward_name,"x"from auth.users--')}`,
    )
    expect(injected.status).toBe(400)
    expect(await injected.json()).toMatchObject({ code: 'PGRST100' })
    const orderBy = await get(`ward_summaries?order=${encodeURIComponent('(select 1)')}`)
    expect(orderBy.status).toBe(400)
  })

  it('keeps grants and Row Level Security on embeds and deletes: memberships stay hidden and whole', async () => {
    const anonEmbed = await clientWith(null)
      .from('programmes')
      .select('slug, memberships(user_id, role)')
    expect(anonEmbed.status).toBe(401)
    expect(anonEmbed.error?.code).toBe('42501')
    const builderEmbed = await builderClient()
      .from('programmes')
      .select('slug, memberships(user_id, role)')
    expect(builderEmbed.data).toEqual([
      { slug: 'essex', memberships: [{ user_id: builderId, role: 'builder' }] },
    ])

    const count = async () =>
      (await db.admin.query<{ n: number }>('select count(*)::int as n from public.memberships'))[0]!
        .n
    const before = await count()
    const anonDelete = await clientWith(null).from('memberships').delete().neq('user_id', builderId)
    expect(anonDelete.error?.code).toBe('42501')
    const builderDelete = await builderClient()
      .from('memberships')
      .delete({ count: 'exact' })
      .neq('user_id', builderId)
    expect(builderDelete.error).toBeNull()
    expect(builderDelete.count).toBe(0)
    const unfiltered = await builderClient().from('memberships').delete()
    expect(unfiltered.error).toMatchObject({
      code: '21000',
      message: 'DELETE requires a WHERE clause',
    })
    expect(await count()).toBe(before)
  })
})
