import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CREATE_ASSET, createAssetParams } from '../support/asset-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from '../support/test-database'
import {
  createAccount,
  offer,
  residentIdsNamed,
  runAs,
  submitOffer,
  writeTestRegion,
  type SignedIn,
} from '../support/resident-fixtures'

// Issue 12, step 8: no path names or locates a sensitive place (a refuge) for anyone outside
// safeguarding and admins: not a person's own data after an admin connected them to it, not the
// connections of people or of assets, not a search for people, not an asset's history, not the
// ward counts behind the gap analysis.
const REFUGE = 'Larkspur House'
let db: TestDatabase
let builder: SignedIn
let admin: SignedIn
let rosa: SignedIn
let refugeId: string
let hallId: string

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  builder = await account(['builder'])
  admin = await account(['admin'])
  const safeguarding = await account(['safeguarding'])
  const create = async (
    who: SignedIn,
    name: string,
    lngLat: [number, number],
    isSensitive: boolean,
  ) => {
    const [row] = await runAs<{ asset_id: string }>(
      db,
      who,
      CREATE_ASSET,
      createAssetParams({ name, kind: 'physical_space', lngLat, isSensitive }),
      { commit: true },
    )
    return row!.asset_id
  }
  refugeId = await create(safeguarding, REFUGE, [0.4093, 51.7077], true)
  hallId = await create(builder, 'Riverside Hall', [0.41, 51.71], false)

  rosa = await createAccount(db, 'rosa@example.test')
  await submitOffer(db, offer({ display_name: 'Rosa Linked', email: rosa.email }))
  await runAs(db, rosa, 'select public.link_my_offers()', [], { commit: true })
  const [rosaId] = await residentIdsNamed(db, 'Rosa Linked')
  await runAs(db, builder, `select * from public.review_resident_offer($1, 'approved')`, [rosaId], {
    commit: true,
  })
  const linkPerson = `select * from public.link_person_to_asset($1, $2, 'member_of')`
  await runAs(db, admin, linkPerson, [rosaId, refugeId], { commit: true })
  await runAs(db, builder, linkPerson, [rosaId, hallId], { commit: true })
  await runAs(
    db,
    admin,
    `select * from public.link_assets($1, $2, 'partners_with')`,
    [hallId, refugeId],
    {
      commit: true,
    },
  )
})
afterAll(() => db.close())

async function account(roles: string[]): Promise<SignedIn> {
  const userId = await createUser(db, roles)
  return { userId, email: `${userId}@example.test` }
}

/** Whether the answer names the refuge, gives its id, or gives its place. */
const revealsRefuge = (answer: unknown) =>
  new RegExp(`${REFUGE}|${refugeId}|0\\.4093|51\\.7077`).test(JSON.stringify(answer))

describe('a sensitive place', () => {
  it("is not named in a resident's own data after an admin connected them to it", async () => {
    const [row] = await runAs<{ data: { offers: Record<string, unknown>[] } }>(
      db,
      rosa,
      'select public.my_resident_data() as data',
    )
    const offer = row!.data.offers[0]!
    const links = (offer.history as { table: string }[]).filter(
      (entry) => entry.table === 'public.resident_asset_links',
    )
    console.log(`refuges named in a resident's own data: ${revealsRefuge(offer) ? 1 : 0}`)
    expect(revealsRefuge(offer)).toBe(false)
    expect(offer.connections).toEqual([expect.objectContaining({ asset_name: 'Riverside Hall' })])
    // The history says one connection was made, as the connections list does.
    expect(links).toHaveLength(1)
  })

  it("is not in a builder's people's connections, asset connections, search or history", async () => {
    const answers = [
      await runAs(db, builder, 'select * from public.person_link_list'),
      await runAs(db, builder, 'select * from public.asset_link_list'),
      await runAs(db, builder, 'select * from public.find_people_to_link($1)', ['Rosa']),
      await runAs(db, builder, 'select * from public.asset_history($1)', [hallId]),
      await runAs(db, null, 'select * from public.asset_link_list'),
    ]
    expect(answers.filter(revealsRefuge)).toEqual([])
    await expect(
      runAs(db, builder, 'select * from public.asset_history($1)', [refugeId]),
    ).rejects.toThrow('There is no asset with that id.')
  })

  it('is not counted in the ward figures a builder reads', async () => {
    const rows = await runAs<{ ward_code: string; assets: number }>(
      db,
      builder,
      `select ward_code, assets from public.ward_asset_metrics(800, array['physical_space']::public.asset_kind[])
       where ward_code = 'E05990101'`,
    )
    expect(rows.map((row) => row.assets)).toEqual([1])
  })

  it('is named to an admin in the resident connections they manage', async () => {
    const rows = await runAs<{ asset_name: string }>(
      db,
      admin,
      'select asset_name from public.person_link_list order by asset_name',
    )
    expect(rows.map((row) => row.asset_name)).toEqual([REFUGE, 'Riverside Hall'])
  })
})
