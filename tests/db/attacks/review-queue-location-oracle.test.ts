import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'
import {
  offer,
  residentIdsNamed,
  runAs,
  submitOffer,
  writeTestRegion,
  type SignedIn,
} from '../support/resident-fixtures'

// Issue 12, step 1: the review queue's duplicate flags compared home points within 1 km and
// emails, for every resident, so a builder could record probe offers under a resident's name at
// chosen postcodes and read where they live from the flag, or confirm an email they may not read.
// The flags may now depend only on what the reviewer sees: the name and the postcode sector, and
// an email only when the reviewer may read both emails.
let db: TestDatabase
let builder: SignedIn
let admin: SignedIn

interface Duplicate {
  resident_id: string
  display_name: string
  reason: string
}

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  // A sector of its own 150 m from YY1 1AB (the region importer's work, as the owner).
  await db.admin.query(
    `insert into public.postcodes (postcode, point, ward_code)
     values ('YY2 1AA', extensions.st_setsrid(extensions.st_makepoint(0.404, 51.702), 4326), 'E05990101')`,
  )
  builder = await account(['builder'])
  admin = await account(['admin'])
})
afterAll(() => db.close())

async function account(roles: string[]): Promise<SignedIn> {
  const userId = await createUser(db, roles)
  return { userId, email: `${userId}@example.test` }
}

async function record(who: SignedIn, answers: Record<string, unknown>): Promise<string> {
  const [row] = await runAs<{ id: string }>(
    db,
    who,
    `select public.record_resident_offer($1::jsonb, 'verbal') as id`,
    [JSON.stringify(offer(answers))],
    { commit: true },
  )
  return row!.id
}

async function duplicatesOf(who: SignedIn, residentId: string): Promise<Duplicate[]> {
  const [row] = await runAs<{ duplicates: Duplicate[] }>(
    db,
    who,
    'select duplicates from public.list_offers_for_review() where resident_id = $1',
    [residentId],
  )
  return row!.duplicates
}

describe("the review queue's duplicate flags", () => {
  it("do not tell a builder that a probe under a resident's name is near their home", async () => {
    await submitOffer(
      db,
      offer({ display_name: 'Vera Lane', postcode: 'YY1 1AB', consents: ['counted_on_map'] }),
    )
    const probe = await record(builder, { display_name: 'Vera Lane', postcode: 'YY2 1AA' })
    const flagged = await duplicatesOf(builder, probe)
    console.log(
      `flags naming the resident for a probe 150 m away in another sector: ${flagged.length}`,
    )
    expect(flagged).toEqual([])
  })

  it('do not confirm an email the builder may not read', async () => {
    const email = 'wren.hidden@example.test'
    await submitOffer(
      db,
      offer({ display_name: 'Wren Hidden', email, postcode: 'YY1 1AB', consents: [] }),
    )
    const probe = await record(builder, {
      display_name: 'Someone Else',
      email,
      postcode: 'YY1 3AA',
    })
    const flagged = await duplicatesOf(builder, probe)
    console.log(`flags confirming a guessed email: ${flagged.length}`)
    expect(flagged).toEqual([])
  })

  it('still flag a repeat offer by the same name in the same sector, wherever in it', async () => {
    await submitOffer(db, offer({ display_name: 'Owen Again', postcode: 'YY1 1AB', consents: [] }))
    await submitOffer(db, offer({ display_name: 'owen again ', postcode: 'YY1 1AQ', consents: [] }))
    const [first, second] = await residentIdsNamed(db, 'Owen Again').then(async (ids) => [
      ...ids,
      ...(await residentIdsNamed(db, 'owen again')),
    ])
    expect(await duplicatesOf(builder, first!)).toEqual([
      { resident_id: second, display_name: 'owen again', reason: 'same name in the same sector' },
    ])
  })

  it('flag the same email when the reviewer may read both emails', async () => {
    const email = 'ivy.open@example.test'
    const consents = ['contact_by_builder']
    await submitOffer(db, offer({ display_name: 'Ivy Open', email, postcode: 'YY1 1AB', consents }))
    await submitOffer(db, offer({ display_name: 'Ivy O', email, postcode: 'YY1 3AA', consents }))
    const [ivy] = await residentIdsNamed(db, 'Ivy Open')
    const [other] = await residentIdsNamed(db, 'Ivy O')
    for (const who of [builder, admin]) {
      expect(await duplicatesOf(who, ivy!)).toEqual([
        { resident_id: other, display_name: 'Ivy O', reason: 'same email' },
      ])
    }
  })

  it('flag the same email to an admin, who may read every email', async () => {
    const email = 'uma.closed@example.test'
    await submitOffer(db, offer({ display_name: 'Uma Closed', email, consents: [] }))
    await submitOffer(
      db,
      offer({ display_name: 'Uma C', email, postcode: 'YY1 3AA', consents: [] }),
    )
    const [uma] = await residentIdsNamed(db, 'Uma Closed')
    expect((await duplicatesOf(admin, uma!)).map((d) => d.reason)).toEqual(['same email'])
    expect(await duplicatesOf(builder, uma!)).toEqual([])
  })
})
