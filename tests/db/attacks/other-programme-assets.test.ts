import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from '../support/commit-as'
import {
  addSquareWards,
  as,
  CREATE_ASSET,
  createAssetParams,
  IN_EAST,
  type AssetRow,
} from '../support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from '../support/test-database'

// Attack: a builder of another programme changes the Essex programme's assets through the asset
// functions (roles used to count in every programme). Every attempt must be refused.
let db: TestDatabase
let essexBuilder: string
let otherBuilder: string
let first: AssetRow
let second: AssetRow
let otherAsset: AssetRow
let linkId: string

const OTHER_AUTHORITY = 'E07990009'
const IN_OTHER: [number, number] = [1.25, 51.5]

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  const [programme] = await db.admin.query<{ programme_id: string }>(
    `insert into public.programmes (slug, name) values ('elsewhere', 'Elsewhere')
     returning programme_id`,
  )
  // The square wards' authority is Essex's, as every Essex authority is.
  await db.admin.query(
    `insert into public.programme_authorities (lad_code, programme_id)
     values ($1, $2), ('E07990001', '00000000-0000-4000-8000-000000000001')`,
    [OTHER_AUTHORITY, programme!.programme_id],
  )
  await db.admin.query(
    `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom)
     values ('E05990009', 'Elsewhere Square', $1, 'Elsewhere', 1000,
       extensions.st_multi(extensions.st_makeenvelope(1, 51, 1.5, 52, 4326)))`,
    [OTHER_AUTHORITY],
  )
  essexBuilder = await createUser(db, ['builder'])
  otherBuilder = await createUser(db)
  await db.admin.query(
    `insert into public.memberships (programme_id, user_id, role) values ($1, $2, 'builder')`,
    [programme!.programme_id, otherBuilder],
  )
  const add = async (userId: string, name: string, lngLat?: [number, number]) =>
    (
      await commitAs<AssetRow>(
        db,
        as(userId),
        CREATE_ASSET,
        createAssetParams({ name, ...(lngLat ? { lngLat } : {}) }),
      )
    )[0]!
  first = await add(essexBuilder, 'Village hall')
  second = await add(essexBuilder, 'Village hall (again)', IN_EAST)
  otherAsset = await add(otherBuilder, 'Elsewhere hall', IN_OTHER)
  const [link] = await commitAs<{ link_id: string }>(
    db,
    as(essexBuilder),
    `select link_id from public.link_assets($1, $2, 'partners_with')`,
    [first.asset_id, second.asset_id],
  )
  linkId = link!.link_id
})
afterAll(() => db.close())

describe("another programme's builder", () => {
  it('changes nothing of the Essex programme’s assets', async () => {
    const attempts: [string, unknown[]][] = [
      [
        `select * from public.update_asset($1, $2, '{"name": "Taken over"}')`,
        [first.asset_id, first.version],
      ],
      [
        `select * from public.set_asset_status($1, $2, 'archived', 'Gone')`,
        [first.asset_id, first.version],
      ],
      [`select * from public.mark_asset_verified($1)`, [first.asset_id]],
      [`select * from public.merge_assets($1, $2)`, [first.asset_id, second.asset_id]],
      [`select * from public.link_assets($1, $2, 'meets_at')`, [first.asset_id, second.asset_id]],
      [`select public.unlink_assets($1) is null as removed`, [linkId]],
      // Their own asset, moved into an Essex ward.
      [
        `select * from public.update_asset($1, $2, $3::jsonb)`,
        [otherAsset.asset_id, otherAsset.version, JSON.stringify({ lng: 0.25, lat: 51.5 })],
      ],
    ]
    let changed = 0
    for (const [sql, params] of attempts) {
      try {
        if ((await queryAs(db, as(otherBuilder), sql, params)).length > 0) changed++
      } catch {
        // Refused, as it should be.
      }
    }
    // Anyone may suggest an asset for review; only the programme's editors add approved ones.
    const [suggested] = await queryAs<AssetRow>(
      db,
      as(otherBuilder),
      CREATE_ASSET,
      createAssetParams({ name: 'Suggested' }),
    )
    if (suggested?.status !== 'pending') changed++
    console.log(`changes to another programme's assets: ${changed} of ${attempts.length + 1}`)
    expect(changed).toBe(0)
  })

  it('still edits the assets of their own programme', async () => {
    const [edited] = await queryAs<AssetRow>(
      db,
      as(otherBuilder),
      `select * from public.update_asset($1, $2, '{"name": "Elsewhere community hall"}')`,
      [otherAsset.asset_id, otherAsset.version],
    )
    expect(edited?.name).toBe('Elsewhere community hall')
  })
})
