import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CREATE_ASSET, createAssetParams } from '../support/asset-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'
import { offer, runAs, writeTestRegion, type SignedIn } from '../support/resident-fixtures'

// Issue 12, step 3, for the functions of step 1: the review queue, matching, finding people to
// link and an asset's history answer a builder about their own programme's rows only. Southmere
// (E07990102, the Harbour ward) is given to a second programme; a builder whose only role is
// there gets nothing of Essex's residents or assets, and an Essex builder nothing of theirs.
const OTHER_PROGRAMME = '00000000-0000-4000-8000-0000000000b2'

let db: TestDatabase
let essexBuilder: SignedIn
let otherBuilder: SignedIn
let essexAssetId: string

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  await db.admin.query(
    `insert into public.programmes (programme_id, slug, name) values ($1, 'southmere', 'Southmere')`,
    [OTHER_PROGRAMME],
  )
  await db.admin.query(
    `insert into public.programme_authorities (lad_code, programme_id) values ('E07990102', $1)`,
    [OTHER_PROGRAMME],
  )
  essexBuilder = await account()
  const otherId = await createUser(db)
  await db.admin.query(
    `insert into public.memberships (programme_id, user_id, role) values ($1, $2, 'builder')`,
    [OTHER_PROGRAMME, otherId],
  )
  otherBuilder = { userId: otherId, email: `${otherId}@example.test` }

  const record = (who: SignedIn, name: string, postcode: string) =>
    runAs(
      db,
      who,
      `select public.record_resident_offer($1::jsonb, 'verbal')`,
      [JSON.stringify(offer({ display_name: name, postcode }))],
      { commit: true },
    )
  await record(essexBuilder, 'Essa Riverside', 'YY1 1AB')
  await record(otherBuilder, 'Sol Harbour', 'YY9 9AA')
  const [asset] = await runAs<{ asset_id: string }>(
    db,
    essexBuilder,
    CREATE_ASSET,
    createAssetParams({ name: 'Riverside Hall', kind: 'physical_space', lngLat: [0.41, 51.71] }),
    { commit: true },
  )
  essexAssetId = asset!.asset_id
})
afterAll(() => db.close())

async function account(): Promise<SignedIn> {
  const userId = await createUser(db, ['builder'])
  return { userId, email: `${userId}@example.test` }
}

const names = (rows: { display_name: string }[]) => rows.map((row) => row.display_name).sort()

describe("a builder of one programme and another programme's residents", () => {
  it('sees only their own programme in the review queue', async () => {
    const queue = (who: SignedIn) =>
      runAs<{ display_name: string }>(
        db,
        who,
        'select display_name from public.list_offers_for_review()',
      )
    expect(names(await queue(essexBuilder))).toEqual(['Essa Riverside'])
    expect(names(await queue(otherBuilder))).toEqual(['Sol Harbour'])
  })

  it('matches nobody of another programme, from anywhere', async () => {
    const match = (who: SignedIn, lng: number, lat: number) =>
      runAs<{ display_name: string }>(
        db,
        who,
        'select display_name from public.match_residents_by_distance($1, $2)',
        [lng, lat],
      )
    expect(names(await match(otherBuilder, 0.405, 51.703))).toEqual(['Sol Harbour'])
    expect(names(await match(essexBuilder, 0.411, 51.611))).toEqual(['Essa Riverside'])
  })

  it('finds no person of another programme to link', async () => {
    const find = (who: SignedIn, name: string) =>
      runAs<{ display_name: string }>(
        db,
        who,
        'select display_name from public.find_people_to_link($1)',
        [name],
      )
    expect(await find(otherBuilder, 'Essa')).toEqual([])
    expect(await find(essexBuilder, 'Sol')).toEqual([])
  })

  it("is refused another programme's asset history, as for one that does not exist", async () => {
    await expect(
      runAs(db, otherBuilder, 'select * from public.asset_history($1)', [essexAssetId]),
    ).rejects.toThrow('There is no asset with that id.')
  })
})
