import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONSENT_WORDING_VERSION } from '../../../src/core/residents/consent-purpose'
import type { ResidentOffer } from '../../../src/core/residents/resident-offer'
import type { LocalActor } from '../../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../../src/db/pglite/local-data-port'
import { LOCAL_USER_ID } from '../../../src/db/pglite/local-user'
import type { ResidentsPort } from '../../../src/db/residents-port'
import { CREATE_ASSET, createAssetParams } from '../support/asset-fixtures'
import { testLocalDatabase } from '../support/listen'
import {
  createAccount,
  residentIdsNamed,
  runAs,
  writeTestRegion,
  type SignedIn,
} from '../support/resident-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'

// Attack (issue 12, step 7): local mode on a shared device, such as a village hall's laptop. The
// attacker uses the same device as the resident, after them, through the app: they know the
// resident's email, not the code the resident was shown when sending the offer. Each "page" is a
// new local adapter over the same database, as a reload of the app is (its memory starts empty).
let db: TestDatabase
let builderId: string
let adminId: string

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  builderId = await createUser(db, ['builder'])
  adminId = await createUser(db, ['admin'])
})
afterAll(() => db.close())

/** A new page of the app on the device, acting as `actor` (the device's chosen role). */
const page = (actor: LocalActor | null = null): ResidentsPort =>
  (db.pglite
    ? localDataPort(db.pglite, () => actor)
    : sqlDataPort(testLocalDatabase(db), () => actor)
  ).residents
const asBuilder = () => page({ userId: builderId, email: `${builderId}@example.test` })
const asAdmin = () => page({ userId: adminId, email: `${adminId}@example.test` })

const offer = (name: string, email: string): ResidentOffer => ({
  displayName: name,
  gifts: [{ kind: 'hands', giftType: 'cooking', description: '' }],
  activities: ['one_off'],
  availability: ['weekend'],
  availabilityNote: '',
  travel: 'up_to_3_km',
  email,
  phone: '07700 900123',
  preferredContact: 'phone',
  postcode: 'YY1 1AB',
  consents: ['counted_on_map'],
  wordingVersion: CONSENT_WORDING_VERSION,
})

/** Sends an offer from the device's public form; returns its code. */
async function send(name: string, email: string): Promise<string> {
  const { code } = await page().submitOffer(offer(name, email))
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
  return code!
}

/** Offers the page shows: 0 when it shows the sign-in form. */
const offersShown = async (residents: ResidentsPort) =>
  (await residents.getMyData())?.offers.length ?? 0

/** A wrong code of the right shape (never the right one). */
const wrongCode = (right: string, n: number) => {
  const code = `${String(n).padStart(4, '0')}-WXYZ`
  return code === right ? '0000-ZZZZ' : code
}

/** What one try of a code gives: 'shown', 'no match' or 'refused' (with the database's reason). */
async function tryCode(residents: ResidentsPort, email: string, code: string) {
  try {
    const result = await residents.signInWithCode(email, code)
    return result.status === 'signed-in' ? 'shown' : 'no match'
  } catch (error) {
    return `refused: ${(error as Error).message}`
  }
}

describe('signing in to "Your data" on a shared device', () => {
  it('shows nothing to someone who knows only the email', async () => {
    await send('Mina Okafor', 'mina@example.test')
    const attacker = page()
    const byEmail = await attacker.signInByEmail('mina@example.test').catch((e: Error) => e)
    expect(byEmail).toBeInstanceOf(Error)
    for (const code of ['', ' ', 'mina@example.test', '0000-0000']) {
      expect(await tryCode(attacker, 'mina@example.test', code)).toBe('no match')
    }
    const shown = (await offersShown(attacker)) + (await offersShown(asBuilder()))
    console.log(`offers shown to someone who knows only the email: ${shown}`)
    expect(shown).toBe(0)
  })

  it('answers 5 wrong codes for an email in an hour, then refuses every try, the right code too', async () => {
    const right = await send('Priya Shah', 'priya@example.test')
    let answered = 0
    let refusal = ''
    for (let n = 1; n <= 8 && !refusal; n += 1) {
      // A new page each time: starting again does not reset the count.
      const outcome = await tryCode(page(), ' Priya@Example.TEST ', wrongCode(right, n))
      if (outcome === 'no match') answered += 1
      else refusal = outcome
    }
    const rightAfter = await tryCode(page(), 'priya@example.test', right)
    console.log(
      `wrong codes answered before refusal: ${answered}; the right code after them: ${rightAfter.split(':')[0]}`,
    )
    expect(answered).toBe(5)
    expect(refusal).toMatch(/^refused: Too many wrong codes/)
    expect(rightAfter).toMatch(/^refused/)
  })

  it('shows the offer for the right email and code, however they are typed', async () => {
    const code = await send('Tom Reyes', 'tom@example.test')
    const resident = page()
    const typed = code.replace('-', ' ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')
    expect(await tryCode(resident, ' TOM@example.test', typed)).toBe('shown')
    const [held] = (await resident.getMyData())!.offers
    expect(held).toMatchObject({
      displayName: 'Tom Reyes',
      home: { postcode: 'YY1 1AB' },
      contact: { email: 'tom@example.test', phone: '07700900123' },
    })
    // Signing in confirms the offer, as the email link does in connected mode.
    expect(held!.confirmedAt).not.toBeNull()
  })

  it('shows the next person on the device nothing after sign-out, or after the page is closed', async () => {
    const code = await send('Ada Brown', 'ada@example.test')
    const ada = page()
    expect(await tryCode(ada, 'ada@example.test', code)).toBe('shown')
    await ada.signOut()
    const afterSignOut = await offersShown(ada)
    const download = await ada.exportMyData().catch((e: Error) => e.message)
    expect(download).toMatch(/Sign in/)

    // Ada signs in again and closes the page without signing out.
    const again = page()
    expect(await tryCode(again, 'ada@example.test', code)).toBe('shown')
    const nextPerson = (await offersShown(page())) + (await offersShown(asBuilder()))
    const [asDeviceUser] = await runAs<{ data: { offers: unknown[] } }>(
      db,
      { userId: builderId, email: `${builderId}@example.test` },
      'select public.my_resident_data() as data',
    )
    console.log(
      `offers shown to the next person: after sign-out ${afterSignOut}, after the page was closed ${nextPerson + asDeviceUser!.data.offers.length}`,
    )
    expect(afterSignOut).toBe(0)
    expect(nextPerson).toBe(0)
    expect(asDeviceUser!.data.offers).toEqual([])
  })

  it('moves the offer to whoever signs in next with its email and code', async () => {
    const code = await send('Lena Park', 'lena@example.test')
    expect(await tryCode(page(), 'lena@example.test', code)).toBe('shown')
    const later = page()
    expect(await tryCode(later, 'lena@example.test', code)).toBe('shown')
    expect(await offersShown(later)).toBe(1)
  })

  it('gives a builder recording an offer on behalf its code, and none without an email', async () => {
    const recorded = await asBuilder().recordOnBehalf(offer('Olu Bello', 'olu@example.test'), {
      how: 'paper',
      givenAt: new Date(),
    })
    expect(recorded.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    const olu = page()
    expect(await tryCode(olu, 'olu@example.test', recorded.code!)).toBe('shown')
    expect((await olu.getMyData())!.offers[0]!.displayName).toBe('Olu Bello')
    const noEmail = await asBuilder().recordOnBehalf(
      { ...offer('Nell Avery', ''), preferredContact: 'phone' },
      { how: 'verbal', givenAt: new Date() },
    )
    expect(noEmail.code).toBeNull()
  })

  it('lets no account with an email or a role take an offer with its code, the recording builder’s included', async () => {
    const recorded = await asBuilder().recordOnBehalf(offer('Ines Ward', 'ines@example.test'), {
      how: 'paper',
      givenAt: new Date(),
    })
    const holders = [
      { userId: builderId, email: `${builderId}@example.test` },
      await createAccount(db, 'someone@example.test'),
    ]
    let taken = 0
    for (const who of holders) {
      await runAs(db, who, 'select public.link_offers_with_code($1, $2)', [
        'ines@example.test',
        recorded.code,
      ]).then(
        () => (taken += 1),
        () => undefined,
      )
    }
    console.log(`offers taken with their code by an account with an email or a role: ${taken}`)
    expect(taken).toBe(0)
    // The resident still signs in with it on the device.
    expect(await tryCode(page(), 'ines@example.test', recorded.code!)).toBe('shown')
  })

  it('does not name a refuge a resident is connected to, even on a device acting as an admin', async () => {
    const code = await send('Rosa Grey', 'rosa.grey@example.test')
    const [rosaId] = await residentIdsNamed(db, 'Rosa Grey')
    const safeguarding: SignedIn = {
      userId: await createUser(db, ['safeguarding']),
      email: 'safe@example.test',
    }
    const [refuge] = await runAs<{ asset_id: string }>(
      db,
      safeguarding,
      CREATE_ASSET,
      createAssetParams({
        name: 'Larkspur House',
        kind: 'physical_space',
        lngLat: [0.4093, 51.7077],
        isSensitive: true,
      }),
      { commit: true },
    )
    const admin: SignedIn = { userId: adminId, email: `${adminId}@example.test` }
    await runAs(db, admin, `select * from public.review_resident_offer($1, 'approved')`, [rosaId], {
      commit: true,
    })
    await runAs(
      db,
      admin,
      `select * from public.link_person_to_asset($1, $2, 'member_of')`,
      [rosaId, refuge!.asset_id],
      { commit: true },
    )
    const rosa = asAdmin()
    expect(await tryCode(rosa, 'rosa.grey@example.test', code)).toBe('shown')
    const data = JSON.stringify(await rosa.getMyData())
    const named = /Larkspur|0\.4093|51\.7077/.test(data) || data.includes(refuge!.asset_id)
    console.log(
      `refuges named in a resident's own data on a device acting as an admin: ${named ? 1 : 0}`,
    )
    expect(named).toBe(false)
  })

  it('unlinks, at start, offers an earlier release linked to the device by email alone', async () => {
    await send('Kit Marsh', 'kit@example.test')
    const [kitId] = await residentIdsNamed(db, 'Kit Marsh')
    await db.admin.query(
      `insert into auth.users (id, email) values ($1, 'you@this-device.local') on conflict do nothing`,
      [LOCAL_USER_ID],
    )
    await db.admin.query('update public.residents set user_id = $1 where resident_id = $2', [
      LOCAL_USER_ID,
      kitId,
    ])
    await page().getMyData()
    const [row] = await db.admin.query<{ user_id: string | null }>(
      'select user_id from public.residents where resident_id = $1',
      [kitId],
    )
    expect(row!.user_id).toBeNull()
  })

  it('keeps no code, only a salted hash, and answers the honeypot with a code too', async () => {
    const code = await send('Eve Stone', 'eve@example.test')
    const stored = JSON.stringify(await db.admin.query('select * from private.offer_codes'))
    expect(stored).not.toContain(code)
    expect(stored).not.toContain(code.replace('-', ''))
    const before = await db.admin.query('select count(*)::int as n from public.residents')
    const honeypot = await page().submitOffer(offer('Robot', 'robot@example.test'), 'https://spam')
    expect(honeypot.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(await db.admin.query('select count(*)::int as n from public.residents')).toEqual(before)
  })
})
