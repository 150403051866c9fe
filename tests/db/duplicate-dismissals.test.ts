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

// "Not a duplicate": a dismissed pair leaves the duplicate candidates for every reviewer, for
// good (a rename does not bring it back), while each of its assets still pairs with others.
let db: TestDatabase
let builder: string
let otherBuilder: string
let lead: string
let admin: string
let safeguarding: string
let resident: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  otherBuilder = await createUser(db, ['builder'])
  lead = await createUser(db, ['lead'])
  admin = await createUser(db, ['admin'])
  safeguarding = await createUser(db, ['safeguarding'])
  resident = await createUser(db, ['resident'])
})
afterAll(() => db.close())

async function addAsset(input: AssetInput): Promise<AssetRow> {
  const [row] = await commitAs<AssetRow>(db, as(builder), CREATE_ASSET, createAssetParams(input))
  return row!
}

/** A point `metres` north of (0.25, 51.5) on the sphere the database measures on. */
const north = (metres: number): [number, number] => [0.25, 51.5 + metres / 111195.08]

const DISMISS = 'select public.dismiss_duplicate_pair($1, $2)'
const RESTORE = 'select public.restore_duplicate_pair($1, $2)'

/** The candidate pairs `userId` is offered among `assets`, as sorted name pairs. */
async function pairsFor(userId: string, assets: AssetRow[]): Promise<string[][]> {
  const ids = assets.map((a) => a.asset_id)
  const rows = await queryAs<{
    first_asset: { asset_id: string; name: string }
    second_asset: { asset_id: string; name: string }
  }>(db, as(userId), 'select * from public.list_duplicate_candidates()')
  return rows
    .filter((p) => ids.includes(p.first_asset.asset_id) && ids.includes(p.second_asset.asset_id))
    .map((p) => [p.first_asset.name, p.second_asset.name].sort())
}

describe('not a duplicate', () => {
  it('takes the pair out of every reviewer’s candidates, safeguarding’s too', async () => {
    const church = await addAsset({ name: "St Mary's Church", lngLat: north(1000) })
    const hall = await addAsset({ name: "St Mary's Church Hall", lngLat: north(1030) })
    expect(await pairsFor(lead, [church, hall])).toHaveLength(1)

    await commitAs(db, as(builder), DISMISS, [hall.asset_id, church.asset_id])

    for (const reviewer of [builder, otherBuilder, lead, admin, safeguarding]) {
      expect(await pairsFor(reviewer, [church, hall])).toEqual([])
    }
  })

  it('leaves each asset free to pair with another', async () => {
    const first = await addAsset({ name: 'Scout hut', lngLat: north(2000) })
    const second = await addAsset({ name: 'Scout hut', lngLat: north(2010) })
    const third = await addAsset({ name: 'Scouts hut', lngLat: north(2020) })
    await commitAs(db, as(builder), DISMISS, [first.asset_id, second.asset_id])

    expect((await pairsFor(builder, [first, second, third])).sort()).toEqual([
      ['Scout hut', 'Scouts hut'],
      ['Scout hut', 'Scouts hut'],
    ])
  })

  it('does not bring the pair back when a rename makes the names the same', async () => {
    const first = await addAsset({ name: 'Bowls club', lngLat: north(3000) })
    const second = await addAsset({ name: 'Bowls club pavilion', lngLat: north(3010) })
    await commitAs(db, as(builder), DISMISS, [first.asset_id, second.asset_id])
    await commitAs(db, as(builder), 'select * from public.update_asset($1, $2, $3::jsonb)', [
      second.asset_id,
      second.version,
      JSON.stringify({ name: 'Bowls club' }),
    ])
    expect(await pairsFor(builder, [first, second])).toEqual([])
  })

  it('records who dismissed the pair and when, once however often it is said', async () => {
    const first = await addAsset({ name: 'Food bank', lngLat: north(4000) })
    const second = await addAsset({ name: 'Food bank store', lngLat: north(4010) })
    await commitAs(db, as(builder), DISMISS, [first.asset_id, second.asset_id])
    await commitAs(db, as(lead), DISMISS, [second.asset_id, first.asset_id])

    const rows = await queryAs<{ dismissed_by: string; dismissed_at: Date }>(
      db,
      as(admin),
      `select dismissed_by, dismissed_at from public.duplicate_dismissals
       where $1 in (first_asset_id, second_asset_id)`,
      [first.asset_id],
    )
    expect(rows).toEqual([{ dismissed_by: builder, dismissed_at: expect.any(Date) }])
    const audit = await db.admin.query<{ actor_id: string; action: string }>(
      `select l.actor_id, l.action from public.audit_log l
       join public.duplicate_dismissals d on l.row_id = d.dismissal_id::text
       where l.table_name = 'public.duplicate_dismissals' and d.first_asset_id = least($1::uuid, $2::uuid)`,
      [first.asset_id, second.asset_id],
    )
    expect(audit).toEqual([{ actor_id: builder, action: 'insert' }])
  })

  it('refuses a resident, saying who may', async () => {
    const first = await addAsset({ name: 'Youth club', lngLat: north(5000) })
    const second = await addAsset({ name: 'Youth club annexe', lngLat: north(5010) })
    await expect(
      commitAs(db, as(resident), DISMISS, [first.asset_id, second.asset_id]),
    ).rejects.toThrow(
      'Only community builders, network leads and administrators review duplicates.',
    )
  })

  it('refuses a pair of one asset, and an asset the reviewer cannot see', async () => {
    const hall = await addAsset({ name: 'Haven Hall', lngLat: north(6000) })
    const [refuge] = await commitAs<AssetRow>(
      db,
      as(safeguarding),
      CREATE_ASSET,
      createAssetParams({ name: 'Haven House', lngLat: north(6010), isSensitive: true }),
    )
    await expect(
      commitAs(db, as(builder), DISMISS, [hall.asset_id, hall.asset_id]),
    ).rejects.toThrow('Name two different assets.')
    await expect(
      commitAs(db, as(builder), DISMISS, [hall.asset_id, refuge!.asset_id]),
    ).rejects.toThrow('There is no such pair of assets.')
  })

  it('can be taken back, by another reviewer too, and the pair is offered again', async () => {
    const first = await addAsset({ name: 'Library', lngLat: north(7000) })
    const second = await addAsset({ name: 'Library van stop', lngLat: north(7010) })
    await commitAs(db, as(builder), DISMISS, [first.asset_id, second.asset_id])
    expect(await pairsFor(lead, [first, second])).toEqual([])

    await commitAs(db, as(lead), RESTORE, [second.asset_id, first.asset_id])
    expect(await pairsFor(builder, [first, second])).toEqual([['Library', 'Library van stop']])
    // Taking back a pair that is not dismissed changes nothing.
    await commitAs(db, as(admin), RESTORE, [first.asset_id, second.asset_id])
    expect(await pairsFor(builder, [first, second])).toHaveLength(1)
  })

  it('keeps the dismissal and its removal in the audit log', async () => {
    const first = await addAsset({ name: 'Men in sheds', lngLat: north(8000) })
    const second = await addAsset({ name: 'Mens shed', lngLat: north(8010) })
    await commitAs(db, as(builder), DISMISS, [first.asset_id, second.asset_id])
    const [row] = await db.admin.query<{ dismissal_id: string }>(
      `select dismissal_id from public.duplicate_dismissals where first_asset_id = least($1::uuid, $2::uuid)`,
      [first.asset_id, second.asset_id],
    )
    await commitAs(db, as(otherBuilder), RESTORE, [first.asset_id, second.asset_id])
    const audit = await db.admin.query<{ actor_id: string; action: string }>(
      `select actor_id, action from public.audit_log
       where table_name = 'public.duplicate_dismissals' and row_id = $1 order by occurred_at`,
      [row!.dismissal_id],
    )
    expect(audit).toEqual([
      { actor_id: builder, action: 'insert' },
      { actor_id: otherBuilder, action: 'delete' },
    ])
  })

  it('refuses a resident and safeguarding the taking back, and leaves the pair dismissed', async () => {
    const first = await addAsset({ name: 'Walking group', lngLat: north(9000) })
    const second = await addAsset({ name: 'Walking group meet', lngLat: north(9010) })
    await commitAs(db, as(builder), DISMISS, [first.asset_id, second.asset_id])
    for (const who of [resident, safeguarding]) {
      await expect(
        commitAs(db, as(who), RESTORE, [first.asset_id, second.asset_id]),
      ).rejects.toThrow(
        'Only community builders, network leads and administrators review duplicates.',
      )
    }
    expect(await pairsFor(builder, [first, second])).toEqual([])
  })
})
