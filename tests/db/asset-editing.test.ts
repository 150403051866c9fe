import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from './support/commit-as'
import {
  addSquareWards,
  as,
  CREATE_ASSET,
  createAssetParams,
  EAST_WARD,
  IN_EAST,
  WEST_WARD,
  type AssetInput,
  type AssetRow,
} from './support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// Editing an asset: the database places it in its ward, checks what is typed, keeps the contact
// private, and never lets a stale save overwrite someone else's (optimistic concurrency).
let db: TestDatabase
let builder: string
let otherBuilder: string
let resident: string
let otherResident: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  otherBuilder = await createUser(db, ['builder'])
  resident = await createUser(db, ['resident'])
  otherResident = await createUser(db, ['resident'])
})
afterAll(() => db.close())

async function addAsset(userId: string, input: AssetInput = {}): Promise<AssetRow> {
  const [row] = await commitAs<AssetRow>(db, as(userId), CREATE_ASSET, createAssetParams(input))
  return row!
}

const UPDATE = 'select * from public.update_asset($1, $2, $3::jsonb)'
const update = (userId: string, asset: { asset_id: string }, version: number, changes: object) =>
  commitAs<AssetRow>(db, as(userId), UPDATE, [asset.asset_id, version, JSON.stringify(changes)])

describe('editing assets', () => {
  it("sets an asset's ward from its point", async () => {
    const asset = await addAsset(builder, { lngLat: IN_EAST })
    expect(asset.ward_code).toBe(EAST_WARD)
  })

  it('moves the asset to the ward its pin is dragged to', async () => {
    const asset = await addAsset(builder)
    expect(asset.ward_code).toBe(WEST_WARD)
    const [moved] = await update(builder, asset, asset.version, {
      lng: IN_EAST[0],
      lat: IN_EAST[1],
    })
    expect(moved?.ward_code).toBe(EAST_WARD)
  })

  it('refuses a move outside the region, saying why', async () => {
    const asset = await addAsset(builder)
    await expect(update(builder, asset, asset.version, { lng: 2.5, lat: 52.2 })).rejects.toThrow(
      /outside the region's wards/,
    )
  })

  it('refuses the second of two saves made from the same version, with the first in its detail', async () => {
    const asset = await addAsset(builder, { name: 'Old Mill', description: '' })
    await update(builder, asset, 1, { name: 'Old Mill Community Hub' })
    const refusal = await update(otherBuilder, asset, 1, { description: 'Open on Fridays' }).catch(
      (error: { message: string; code: string; detail: string }) => error,
    )
    expect(refusal).toMatchObject({
      code: 'P0409',
      message: 'Someone else saved this asset since you opened it.',
    })
    const theirs = JSON.parse((refusal as { detail: string }).detail) as AssetRow
    expect(theirs).toMatchObject({ name: 'Old Mill Community Hub', version: 2, description: '' })
  })

  it('keeps both edits when the second person applies theirs again on top of the new version', async () => {
    const asset = await addAsset(builder, { name: 'Old Mill', description: '' })
    await update(builder, asset, 1, { name: 'Old Mill Community Hub' })
    await update(otherBuilder, asset, 1, { description: 'Open on Fridays' }).catch(() => null)
    const [saved] = await update(otherBuilder, asset, 2, { description: 'Open on Fridays' })
    expect(saved).toMatchObject({
      name: 'Old Mill Community Hub',
      description: 'Open on Fridays',
      version: 3,
    })
  })

  it('makes a new version when only the private contact changes', async () => {
    const asset = await addAsset(builder, { contact: '01245 000000' })
    const [saved] = await update(builder, asset, 1, { contact: '07700 900000' })
    expect(saved?.version).toBe(2)
  })

  it('refuses fields an edit may not change', async () => {
    const asset = await addAsset(builder)
    await expect(update(builder, asset, 1, { status: 'approved', version: 9 })).rejects.toThrow(
      /These fields cannot be changed here: status, version/,
    )
  })

  it('refuses a subtype of another kind, naming both kinds', async () => {
    await expect(
      queryAs(
        db,
        as(builder),
        CREATE_ASSET,
        createAssetParams({ kind: 'economic', subtype: 'library' }),
      ),
    ).rejects.toThrow(/"Library" is a subtype of institution assets, not of economic assets/)
  })

  it('refuses a retired subtype for a new asset', async () => {
    await db.admin.query(
      `insert into public.asset_subtypes (code, kind, label, is_active) values ('telephone_box', 'cultural', 'Telephone box', false)`,
    )
    await expect(
      queryAs(
        db,
        as(builder),
        CREATE_ASSET,
        createAssetParams({ kind: 'cultural', subtype: 'telephone_box' }),
      ),
    ).rejects.toThrow(/The subtype "Telephone box" has been retired/)
  })

  it("refuses to pin people's gifts and skills", async () => {
    await expect(
      queryAs(db, as(resident), CREATE_ASSET, createAssetParams({ kind: 'individual' })),
    ).rejects.toThrow(/People's gifts and skills are not pinned on the map/)
  })

  it('stores tags trimmed, lowercase and once each', async () => {
    const asset = await addAsset(builder, { tags: [' Tea ', 'tea', 'Wi-Fi', ''] })
    expect(asset.tags).toEqual(['tea', 'wi-fi'])
  })

  it('refuses a website that is not a full web address', async () => {
    await expect(
      queryAs(db, as(builder), CREATE_ASSET, createAssetParams({ website: 'javascript:alert(1)' })),
    ).rejects.toThrow(/The website must be a full address starting with https:\/\//)
  })

  it('shows the private contact to the submitter and builders, and to no other resident or anon', async () => {
    const asset = await addAsset(resident, { contact: 'jo@example.test' })
    const contactSeenBy = async (actor: Parameters<typeof queryAs>[1]) =>
      (
        await queryAs<{ contact: string | null }>(
          db,
          actor,
          'select contact from public.asset_details where asset_id = $1',
          [asset.asset_id],
        )
      )[0]?.contact ?? null
    expect(await contactSeenBy(as(resident))).toBe('jo@example.test')
    expect(await contactSeenBy(as(builder))).toBe('jo@example.test')
    expect(await contactSeenBy(as(otherResident))).toBeNull()
    expect(await queryAs(db, { role: 'anon' }, 'select * from public.asset_contacts')).toEqual([])
  })
})
