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
import { runAs } from './support/resident-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// Keeping the map right: "report a change" from anyone, merging duplicates, connections, and
// each asset's history.
let db: TestDatabase
let builder: string
let safeguarding: string
let resident: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  safeguarding = await createUser(db, ['safeguarding'])
  resident = await createUser(db, ['resident'])
})
afterAll(() => db.close())

async function addAsset(userId: string, input: AssetInput = {}): Promise<AssetRow> {
  const [row] = await commitAs<AssetRow>(db, as(userId), CREATE_ASSET, createAssetParams(input))
  return row!
}

const REPORT = 'select public.report_asset_change($1, $2)'
let nextAddress = 1
/** A report from someone not signed in, each test from its own client address (limits count per address). */
const reportFrom = (address: string, assetId: string, message: string, commit = true) =>
  runAs(db, null, REPORT, [assetId, message], {
    commit,
    headers: { 'x-forwarded-for': address },
  })
const newAddress = () => `192.0.2.${nextAddress++}`
const openReportsAbout = (assetId: string) =>
  queryAs<{ message: string; asset_name: string }>(
    db,
    as(builder),
    'select message, asset_name from public.asset_change_report_list where asset_id = $1 and resolved_at is null',
    [assetId],
  )

describe('report a change', () => {
  it('lands a report from someone not signed in in the review queue', async () => {
    const asset = await addAsset(builder, { name: 'Riverside library' })
    await reportFrom(newAddress(), asset.asset_id, '  Now closed on Mondays  ')
    expect(await openReportsAbout(asset.asset_id)).toEqual([
      { message: 'Now closed on Mondays', asset_name: 'Riverside library' },
    ])
  })

  it('refuses an empty report and one over 2,000 characters', async () => {
    const asset = await addAsset(builder)
    await expect(reportFrom(newAddress(), asset.asset_id, ' ', false)).rejects.toThrow(
      /Say what has changed/,
    )
    await expect(reportFrom(newAddress(), asset.asset_id, 'x'.repeat(2001), false)).rejects.toThrow(
      /Keep the report to 2,000 characters \(it has 2001\)/,
    )
  })

  it('refuses a sixth report in an hour from one address not signed in, about any asset', async () => {
    const [first, second] = [await addAsset(builder), await addAsset(builder)]
    const address = newAddress()
    for (let i = 1; i <= 5; i += 1) {
      await reportFrom(address, (i % 2 ? first : second).asset_id, `Report ${i}`)
    }
    await expect(reportFrom(address, second.asset_id, 'Report 6', false)).rejects.toMatchObject({
      code: 'P0429',
    })
    await expect(reportFrom(newAddress(), second.asset_id, 'Report 7')).resolves.toHaveLength(1)
  })

  it('answers a report about a pending or a sensitive asset as about one that does not exist', async () => {
    const pending = await addAsset(resident)
    const sensitive = await addAsset(safeguarding, { isSensitive: true })
    for (const asset of [pending, sensitive]) {
      await expect(reportFrom(newAddress(), asset.asset_id, 'Wrong hours', false)).rejects.toThrow(
        'There is no public asset with that id.',
      )
    }
  })

  it('closes a report, taking it out of the queue', async () => {
    const asset = await addAsset(builder)
    await reportFrom(newAddress(), asset.asset_id, 'New phone number')
    const [report] = await queryAs<{ report_id: string }>(
      db,
      as(builder),
      'select report_id from public.asset_change_report_list where asset_id = $1',
      [asset.asset_id],
    )
    await commitAs(db, as(builder), 'select public.resolve_change_report($1)', [report!.report_id])
    expect(await openReportsAbout(asset.asset_id)).toEqual([])
  })
})

describe('merging duplicates', () => {
  const LINK = 'select * from public.link_assets($1, $2, $3)'

  it("moves the duplicate's connections to the asset kept and archives the duplicate, pointing at it", async () => {
    const keep = await addAsset(builder, { name: 'Moulsham Lodge Library', kind: 'institution' })
    const duplicate = await addAsset(resident, { name: 'Moulsham Library', kind: 'institution' })
    const group = await addAsset(builder, { name: 'Reading group', kind: 'association' })
    await commitAs(db, as(builder), LINK, [group.asset_id, duplicate.asset_id, 'meets_at'])
    await commitAs(db, as(builder), 'select * from public.merge_assets($1, $2)', [
      keep.asset_id,
      duplicate.asset_id,
    ])
    const links = await queryAs<{ from_asset_id: string; to_asset_id: string; relation: string }>(
      db,
      as(builder),
      'select from_asset_id, to_asset_id, relation from public.asset_link_list where from_asset_id = $1',
      [group.asset_id],
    )
    const [merged] = await queryAs<AssetRow>(
      db,
      as(builder),
      'select * from public.asset_list where asset_id = $1',
      [duplicate.asset_id],
    )
    expect(links).toEqual([
      { from_asset_id: group.asset_id, to_asset_id: keep.asset_id, relation: 'meets_at' },
    ])
    expect(merged).toMatchObject({
      status: 'archived',
      status_reason: 'Merged into Moulsham Lodge Library',
      merged_into: keep.asset_id,
    })
  })

  it('drops a connection the asset kept already has, instead of doubling it', async () => {
    const keep = await addAsset(builder, { name: 'Oaklands Park', kind: 'physical_space' })
    const duplicate = await addAsset(builder, { name: 'Oaklands park', kind: 'physical_space' })
    const club = await addAsset(builder, { name: 'Parkrun', kind: 'association' })
    await commitAs(db, as(builder), LINK, [club.asset_id, keep.asset_id, 'meets_at'])
    await commitAs(db, as(builder), LINK, [club.asset_id, duplicate.asset_id, 'meets_at'])
    await commitAs(db, as(builder), 'select * from public.merge_assets($1, $2)', [
      keep.asset_id,
      duplicate.asset_id,
    ])
    const links = await queryAs(
      db,
      as(builder),
      'select 1 from public.asset_links where from_asset_id = $1',
      [club.asset_id],
    )
    expect(links).toHaveLength(1)
  })

  it('refuses a resident who merges assets', async () => {
    const keep = await addAsset(builder)
    const duplicate = await addAsset(builder)
    await expect(
      queryAs(db, as(resident), 'select * from public.merge_assets($1, $2)', [
        keep.asset_id,
        duplicate.asset_id,
      ]),
    ).rejects.toThrow(/Only community builders, network leads and administrators can merge assets/)
  })
})

describe('connections', () => {
  it('lists a connection with both names, and hides one to a place the viewer may not see', async () => {
    const refuge = await addAsset(safeguarding, {
      name: 'Refuge',
      isSensitive: true,
      kind: 'physical_space',
    })
    const group = await addAsset(builder, { name: 'Support group', kind: 'association' })
    const hall = await addAsset(builder, { name: 'Parish hall', kind: 'physical_space' })
    await commitAs(db, as(builder), 'select * from public.link_assets($1, $2, $3)', [
      group.asset_id,
      hall.asset_id,
      'meets_at',
    ])
    await db.admin.query(
      `insert into public.asset_links (from_asset_id, to_asset_id, relation) values ($1, $2, 'meets_at')`,
      [group.asset_id, refuge.asset_id],
    )
    const seen = await queryAs<{ from_name: string; to_name: string }>(
      db,
      { role: 'anon' },
      'select from_name, to_name from public.asset_link_list where from_asset_id = $1',
      [group.asset_id],
    )
    expect(seen).toEqual([{ from_name: 'Support group', to_name: 'Parish hall' }])
  })
})

describe('history', () => {
  const HISTORY = 'select * from public.asset_history($1)'

  it('shows who changed which fields and when, never the values', async () => {
    const asset = await addAsset(builder, { name: 'Old Mill Tearoom', contact: '01245 111111' })
    await commitAs(db, as(builder), 'select * from public.update_asset($1, 1, $2::jsonb)', [
      asset.asset_id,
      JSON.stringify({ name: 'Riverside Bakehouse', contact: '01245 222222' }),
    ])
    const history = await queryAs<{ actor: string; action: string; changed_columns: string[] }>(
      db,
      as(builder),
      HISTORY,
      [asset.asset_id],
    )
    const text = JSON.stringify(history)
    expect(
      history.map((entry) => [entry.action, entry.changed_columns.includes('name')]),
    ).toContainEqual(['update', true])
    expect(history.some((entry) => entry.changed_columns.includes('contact'))).toBe(true)
    expect(history.every((entry) => entry.actor === 'You')).toBe(true)
    for (const value of [
      'Old Mill Tearoom',
      'Riverside Bakehouse',
      '01245 111111',
      '01245 222222',
    ]) {
      expect(text).not.toContain(value)
    }
  })

  it('refuses the history to a resident, saying who may see it', async () => {
    const asset = await addAsset(resident)
    await expect(queryAs(db, as(resident), HISTORY, [asset.asset_id])).rejects.toThrow(
      /Only community builders, network leads and administrators can see an asset's history/,
    )
  })

  it("answers a builder asking for a sensitive place's history as for one that does not exist", async () => {
    const refuge = await addAsset(safeguarding, { isSensitive: true })
    await expect(queryAs(db, as(builder), HISTORY, [refuge.asset_id])).rejects.toThrow(
      'There is no asset with that id.',
    )
  })
})
