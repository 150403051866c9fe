import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocalActor } from '../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { testLocalDatabase } from './support/listen'
import { createAccount, writeTestRegion } from './support/resident-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// The time banks through the app's data port (src/db/rpc-ports/rpc-time-banks-port.ts), as the
// Time bank tab calls it: every view and function's rows parse, on PGlite and, with DATABASE_URL,
// on the real server. The journey: a coordinator records a member without an email and posts a
// request for him; a member's offer matches it; she records what she gave; the coordinator
// confirms for him; both balances and statements move.
let db: TestDatabase
let coordinator: DataPort
let alice: DataPort
let aliceMemberId: string
const BANK = randomUUID()

const portFor = (actor: LocalActor) =>
  db.pglite
    ? localDataPort(db.pglite, () => actor)
    : sqlDataPort(testLocalDatabase(db), () => actor)

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  await db.admin.query(
    `insert into public.time_banks (bank_id, slug, name) values ($1, 'port-test', 'Port Test Time Bank')`,
    [BANK],
  )
  await db.admin.query(
    `insert into public.time_bank_areas (bank_id, area_code) values ($1, 'E05990101')`,
    [BANK],
  )
  const coordinatorId = await createUser(db, ['coordinator'])
  coordinator = portFor({ userId: coordinatorId, email: `${coordinatorId}@example.test` })
  const account = await createAccount(db, `alice.${randomUUID().slice(0, 6)}@example.test`)
  const [row] = await db.admin.query<{ member_id: string }>(
    `insert into public.time_bank_members (bank_id, programme_id, kind, status, display_name, user_id,
       postcode_sector, ward_code, area_point, joined_at, availability)
     select $1, b.programme_id, 'resident', 'active', 'Alice', $2, a.postcode_sector, a.ward_code,
       a.area_point, now(), '{weekend}'
     from public.time_banks b, private.postcode_area('YY1 1AB') a where b.bank_id = $1
     returning member_id`,
    [BANK, account.userId],
  )
  aliceMemberId = row!.member_id
  alice = portFor(account)
})
afterAll(() => db.close())

describe('the time banks through the data port', () => {
  it('carries a request, its match, an exchange and its confirmation to both balances and statements', async () => {
    expect((await coordinator.timeBanks.coordinatedBanks()).map((b) => b.bankId)).toContain(BANK)
    const [mine] = await alice.timeBanks.myMemberships()
    expect(mine).toMatchObject({ memberId: aliceMemberId, isMe: true, status: 'active' })

    const bob = await coordinator.timeBanks.recordMember({
      clientId: randomUUID(),
      bankId: BANK,
      kind: 'resident',
      displayName: 'Bob',
      postcode: 'YY1 1AB',
      assetId: null,
      about: null,
      availability: ['weekend'],
      skills: ['gardening'],
    })
    expect(bob).toMatchObject({ status: 'active', recordedByCoordinator: true, isMe: false })

    const listing = {
      description: '',
      frequency: 'one_off' as const,
      wardCode: null,
      availability: ['weekend' as const],
      whenNote: '',
      needsDbs: false,
      giftType: 'gardening',
    }
    const request = await coordinator.timeBanks.postListing({
      ...listing,
      clientId: randomUUID(),
      memberId: bob.memberId,
      direction: 'request',
      title: 'Help with my garden',
    })
    const offer = await alice.timeBanks.postListing({
      ...listing,
      clientId: randomUUID(),
      memberId: aliceMemberId,
      direction: 'offer',
      title: 'Weeding and digging',
    })
    expect(offer.isMine).toBe(true)
    const matches = await coordinator.timeBanks.matchListing(request.listingId)
    expect(matches[0]).toMatchObject({ listingId: offer.listingId, displayName: 'Alice' })
    expect(
      typeof (await coordinator.timeBanks.introduce(
        randomUUID(),
        request.listingId,
        offer.listingId,
        null,
      )),
    ).toBe('string')
    expect(await coordinator.timeBanks.listIntroductions(BANK)).toHaveLength(1)

    const exchangeId = randomUUID()
    const recorded = await alice.timeBanks.recordExchange({
      exchangeId,
      giverIds: [aliceMemberId],
      receiverIds: [bob.memberId],
      minutes: 90,
      description: 'Garden',
      giftType: 'gardening',
      occurredOn: '2026-12-01',
    })
    expect(recorded).toMatchObject({ status: 'pending', recordedByMe: true, awaitingMe: false })
    expect(recorded.legs).toEqual([{ giver: 'Alice', receiver: 'Bob', minutes: 90 }])
    const confirmed = await coordinator.timeBanks.confirmExchange(exchangeId)
    expect(confirmed.status).toBe('confirmed')

    const [account] = await alice.timeBanks.listAccounts(BANK)
    expect(account).toMatchObject({ memberId: aliceMemberId, balanceMinutes: 90 })
    const bobStatement = await coordinator.timeBanks.statement(bob.memberId)
    expect(
      bobStatement.map((e) => [e.occurredOn, e.counterparty, e.minutes, e.balanceAfter]),
    ).toEqual([['2026-12-01', 'Alice', -90, -90]])
    expect((await alice.timeBanks.statement(aliceMemberId)).at(-1)?.balanceAfter).toBe(90)
    expect((await coordinator.timeBanks.listMembers(BANK)).map((m) => m.displayName)).toEqual([
      'Alice',
      'Bob',
    ])
    expect(await coordinator.timeBanks.checksDue(BANK)).toEqual(
      expect.arrayContaining([expect.objectContaining({ displayName: 'Bob' })]),
    )
    expect((await alice.timeBanks.listListings(BANK)).map((l) => l.title)).toEqual(
      expect.arrayContaining(['Help with my garden', 'Weeding and digging']),
    )
  })
})

describe("a member's profile", () => {
  it('is changed by the member and by a coordinator, never by another member', async () => {
    const changed = await alice.timeBanks.updateMember(aliceMemberId, {
      about: 'Retired gardener, happy to teach',
      availability: ['weekend', 'weekday_daytime'],
      skills: ['gardening'],
    })
    expect(changed).toMatchObject({
      about: 'Retired gardener, happy to teach',
      availability: ['weekday_daytime', 'weekend'],
      skills: [{ giftType: 'gardening' }],
    })
    const carol = await coordinator.timeBanks.recordMember({
      clientId: randomUUID(),
      bankId: BANK,
      kind: 'resident',
      displayName: 'Carol',
      postcode: 'YY1 1AB',
      assetId: null,
      about: null,
      availability: [],
      skills: [],
    })
    // Alice may not change another member's profile; the coordinator may, acting for Carol.
    await expect(
      alice.timeBanks.updateMember(carol.memberId, { about: 'x', availability: [], skills: [] }),
    ).rejects.toMatchObject({ code: '42501' })
    expect(
      await coordinator.timeBanks.updateMember(carol.memberId, {
        about: 'Reads aloud',
        availability: [],
        skills: [],
      }),
    ).toMatchObject({ about: 'Reads aloud' })
  })
})
