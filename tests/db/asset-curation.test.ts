import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from './support/commit-as'
import {
  addSquareWards,
  as,
  CREATE_ASSET,
  createAssetParams,
  type AssetInput,
  type AssetRow,
} from './support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// Curation: who may approve, reject, archive and restore; what a resident sees of pending
// submissions; and the review queue's duplicates and stale assets.
let db: TestDatabase
let builder: string
let lead: string
let admin: string
let resident: string
let otherResident: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  lead = await createUser(db, ['lead'])
  admin = await createUser(db, ['admin'])
  resident = await createUser(db, ['resident'])
  otherResident = await createUser(db, ['resident'])
})
afterAll(() => db.close())

async function addAsset(userId: string, input: AssetInput = {}): Promise<AssetRow> {
  const [row] = await commitAs<AssetRow>(db, as(userId), CREATE_ASSET, createAssetParams(input))
  return row!
}

const SET_STATUS = 'select * from public.set_asset_status($1, $2, $3, $4)'
const setStatus = (userId: string, asset: AssetRow, status: string, reason: string | null = null) =>
  commitAs<AssetRow>(db, as(userId), SET_STATUS, [asset.asset_id, asset.version, status, reason])

/** A point `metres` north of (0.25, 51.5) on the sphere the database measures on. */
const north = (metres: number): [number, number] => [0.25, 51.5 + metres / 111195.08]

describe('approving and rejecting', () => {
  it('lets builders, leads and admins approve a pending asset', async () => {
    for (const reviewer of [builder, lead, admin]) {
      const pending = await addAsset(resident)
      expect(pending.status).toBe('pending')
      const [approved] = await setStatus(reviewer, pending, 'approved')
      expect(approved?.status).toBe('approved')
    }
  })

  it('refuses a resident who approves their own submission, saying who may', async () => {
    const pending = await addAsset(resident)
    await expect(setStatus(resident, pending, 'approved')).rejects.toThrow(
      'Only community builders, network leads and administrators can approve, reject, archive or restore assets.',
    )
  })

  it('refuses anon, who may not call the function at all', async () => {
    const pending = await addAsset(resident)
    await expect(
      queryAs(db, { role: 'anon' }, SET_STATUS, [pending.asset_id, 1, 'approved', null]),
    ).rejects.toThrow(/permission denied for function set_asset_status/)
  })

  it('shows a resident their own pending submissions and no one else’s', async () => {
    const mine = await addAsset(resident, { name: 'My allotment society' })
    const theirs = await addAsset(otherResident, { name: 'Their knitting group' })
    const seen = await queryAs<{ asset_id: string }>(
      db,
      as(resident),
      `select asset_id from public.asset_list where status = 'pending'`,
    )
    const ids = seen.map((row) => row.asset_id)
    expect(ids).toContain(mine.asset_id)
    expect(ids).not.toContain(theirs.asset_id)
  })

  it('records an approved asset as verified when it is approved', async () => {
    const pending = await addAsset(resident)
    const [approved] = await setStatus(builder, pending, 'approved')
    expect(approved?.last_verified_at).not.toBeNull()
  })

  it('requires a reason to reject, and keeps it with the asset', async () => {
    const pending = await addAsset(resident)
    await expect(setStatus(builder, pending, 'rejected', '  ')).rejects.toThrow(
      /Say why the asset is rejected/,
    )
    const [rejected] = await setStatus(builder, pending, 'rejected', 'A private home, not a venue')
    expect(rejected).toMatchObject({
      status: 'rejected',
      status_reason: 'A private home, not a venue',
    })
  })

  it('archives an asset and restores it as approved', async () => {
    const asset = await addAsset(builder)
    const [archived] = await setStatus(builder, asset, 'archived', 'Closed for refurbishment')
    expect(archived).toMatchObject({
      status: 'archived',
      status_reason: 'Closed for refurbishment',
    })
    const [restored] = await setStatus(builder, archived!, 'approved')
    expect(restored).toMatchObject({ status: 'approved', status_reason: null })
  })

  it('refuses a status change made from a stale version', async () => {
    const asset = await addAsset(builder)
    await setStatus(builder, asset, 'archived')
    await expect(setStatus(lead, asset, 'archived')).rejects.toMatchObject({ code: 'P0409' })
  })
})

describe('duplicates', () => {
  const candidatesFor = async (ids: string[]) =>
    (
      await queryAs<{
        first_asset: { asset_id: string }
        second_asset: { asset_id: string }
        similarity: number
        distance_metres: number
      }>(db, as(builder), 'select * from public.list_duplicate_candidates()')
    ).filter(
      (pair) => ids.includes(pair.first_asset.asset_id) && ids.includes(pair.second_asset.asset_id),
    )

  it('finds two assets with similar names within 100 m', async () => {
    const first = await addAsset(builder, { name: "St Mary's Church Hall", lngLat: north(1000) })
    const second = await addAsset(resident, { name: 'St Marys church hall', lngLat: north(1080) })
    const [pair] = await candidatesFor([first.asset_id, second.asset_id])
    expect(pair).toMatchObject({ similarity: 1, distance_metres: 80 })
  })

  it('does not offer the same name 150 m away', async () => {
    const first = await addAsset(builder, { name: 'Scout hut', lngLat: north(2000) })
    const second = await addAsset(builder, { name: 'Scout hut', lngLat: north(2150) })
    expect(await candidatesFor([first.asset_id, second.asset_id])).toEqual([])
  })

  it('does not offer different names at the same place', async () => {
    const first = await addAsset(builder, { name: 'Library', lngLat: north(3000) })
    const second = await addAsset(builder, { name: 'Chess club', lngLat: north(3000) })
    expect(await candidatesFor([first.asset_id, second.asset_id])).toEqual([])
  })

  it('never pairs an asset with a sensitive place the reviewer may not see', async () => {
    const safeguarding = await createUser(db, ['safeguarding'])
    const hall = await addAsset(builder, { name: 'Haven House', lngLat: north(5000) })
    const refuge = await addAsset(safeguarding, {
      name: 'Haven House',
      lngLat: north(5020),
      isSensitive: true,
    })
    expect(await candidatesFor([hall.asset_id, refuge.asset_id])).toEqual([])
  })

  it('does not offer an archived asset', async () => {
    const first = await addAsset(builder, { name: 'Bowls club', lngLat: north(4000) })
    const second = await addAsset(builder, { name: 'Bowls Club', lngLat: north(4010) })
    await setStatus(builder, second, 'archived')
    expect(await candidatesFor([first.asset_id, second.asset_id])).toEqual([])
  })
})

describe('the stale queue', () => {
  async function addCheckedAgo(name: string, months: number | null, addedMonthsAgo = 36) {
    const asset = await addAsset(builder, { name })
    await db.admin.query(
      `update public.assets set
         created_at = now() - make_interval(months => $2),
         last_verified_at = case when $3::int is null then null else now() - make_interval(months => $3::int) end
       where asset_id = $1`,
      [asset.asset_id, addedMonthsAgo, months],
    )
    return asset
  }
  const staleIds = async (months: number) =>
    (
      await queryAs<{ asset_id: string }>(
        db,
        as(builder),
        'select asset_id from public.list_stale_assets($1)',
        [months],
      )
    ).map((row) => row.asset_id)

  it('lists approved assets not verified for the given months, oldest check first', async () => {
    const thirteen = await addCheckedAgo('Checked 13 months ago', 13)
    const eleven = await addCheckedAgo('Checked 11 months ago', 11)
    const never = await addCheckedAgo('Never checked, added 3 years ago', null)
    const ids = await staleIds(12)
    expect(ids).toContain(thirteen.asset_id)
    expect(ids).not.toContain(eleven.asset_id)
    expect(ids.indexOf(never.asset_id)).toBeLessThan(ids.indexOf(thirteen.asset_id))
  })

  it('respects a shorter period', async () => {
    const seven = await addCheckedAgo('Checked 7 months ago', 7)
    expect(await staleIds(12)).not.toContain(seven.asset_id)
    expect(await staleIds(6)).toContain(seven.asset_id)
  })

  it('leaves an asset out once it is marked verified', async () => {
    const asset = await addCheckedAgo('Checked 20 months ago', 20)
    await commitAs(db, as(lead), 'select * from public.mark_asset_verified($1)', [asset.asset_id])
    expect(await staleIds(12)).not.toContain(asset.asset_id)
  })
})
