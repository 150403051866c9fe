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

// Workshops: a builder opens one and gets a join code; people join with it, see each other's
// pins (pending ones too), and everything captured is tagged to the workshop.
let db: TestDatabase
let builder: string
let resident: string
let otherResident: string
let outsider: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  resident = await createUser(db, ['resident'])
  otherResident = await createUser(db, ['resident'])
  outsider = await createUser(db, ['resident'])
})
afterAll(() => db.close())

interface WorkshopRow {
  workshop_id: string
  name: string
  join_code: string
}

async function openWorkshop(name = 'Moulsham mapping'): Promise<WorkshopRow> {
  const [row] = await commitAs<WorkshopRow>(
    db,
    as(builder),
    'select * from public.create_workshop($1, $2, $3)',
    [name, 'Moulsham Library', '2026-12-05'],
  )
  return row!
}

const join = (userId: string, code: string) =>
  commitAs<WorkshopRow>(db, as(userId), 'select * from public.join_workshop($1)', [code])

async function addAsset(userId: string, input: AssetInput = {}): Promise<AssetRow> {
  const [row] = await commitAs<AssetRow>(db, as(userId), CREATE_ASSET, createAssetParams(input))
  return row!
}

describe('workshops', () => {
  it('gives a new workshop a code of six unambiguous characters, shown with a dash', async () => {
    const workshop = await openWorkshop()
    expect(workshop.join_code).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/)
  })

  it('joins a workshop with its code typed in any case, with or without the dash', async () => {
    const workshop = await openWorkshop()
    const typed = ` ${workshop.join_code.replace('-', '').toLowerCase()} `
    const [joined] = await join(resident, typed)
    expect(joined?.workshop_id).toBe(workshop.workshop_id)
    const [again] = await join(resident, workshop.join_code)
    expect(again?.workshop_id).toBe(workshop.workshop_id)
  })

  it('finds no workshop for a wrong code', async () => {
    expect(await join(resident, 'ZZZ-ZZZ')).toEqual([])
  })

  it('refuses the 21st wrong code in an hour', async () => {
    const guesser = await createUser(db, ['resident'])
    for (let i = 0; i < 20; i += 1) await join(guesser, 'ZZZ-ZZZ')
    await expect(join(guesser, 'ZZZ-ZZZ')).rejects.toMatchObject({ code: 'P0429' })
  })

  it('lets only builders and admins open a workshop', async () => {
    await expect(
      queryAs(db, as(resident), 'select * from public.create_workshop($1, $2, $3)', [
        'Mine',
        'Here',
        '2026-12-05',
      ]),
    ).rejects.toThrow(/Only community builders and administrators can open a workshop/)
  })

  it('tags the assets captured in a workshop and lists them in its summary', async () => {
    const workshop = await openWorkshop()
    await join(resident, workshop.join_code)
    const fromBuilder = await addAsset(builder, {
      name: 'Bandstand',
      workshopId: workshop.workshop_id,
    })
    const fromResident = await addAsset(resident, {
      name: 'Lunch club',
      workshopId: workshop.workshop_id,
    })
    await addAsset(builder, { name: 'Not in the workshop' })
    const summary = await queryAs<AssetRow>(
      db,
      as(builder),
      'select * from public.workshop_summary($1)',
      [workshop.workshop_id],
    )
    expect(fromResident.workshop_id).toBe(workshop.workshop_id)
    expect(summary.map((asset) => asset.asset_id)).toEqual([
      fromBuilder.asset_id,
      fromResident.asset_id,
    ])
  })

  it("shows participants each other's pending pins, and outsiders none", async () => {
    const workshop = await openWorkshop()
    await join(resident, workshop.join_code)
    await join(otherResident, workshop.join_code)
    const pin = await addAsset(resident, { name: 'Repair café', workshopId: workshop.workshop_id })
    const seenBy = async (userId: string) =>
      (
        await queryAs(db, as(userId), 'select 1 from public.asset_list where asset_id = $1', [
          pin.asset_id,
        ])
      ).length
    expect(pin.status).toBe('pending')
    expect(await seenBy(otherResident)).toBe(1)
    expect(await seenBy(outsider)).toBe(0)
  })

  it('refuses to tag an asset to a workshop one has not joined', async () => {
    const workshop = await openWorkshop()
    await expect(
      queryAs(
        db,
        as(outsider),
        CREATE_ASSET,
        createAssetParams({ workshopId: workshop.workshop_id }),
      ),
    ).rejects.toThrow(/You have not joined that workshop/)
  })

  it('keeps a workshop from people who have not joined it', async () => {
    const workshop = await openWorkshop()
    const seen = await queryAs(
      db,
      as(outsider),
      'select 1 from public.workshop_list where workshop_id = $1',
      [workshop.workshop_id],
    )
    expect(seen).toEqual([])
  })

  it('lists a duplicate merged away as the asset it was merged into', async () => {
    const workshop = await openWorkshop()
    const kept = await addAsset(builder, { name: 'Scout hut' })
    const duplicate = await addAsset(builder, {
      name: 'Scout Hut',
      workshopId: workshop.workshop_id,
    })
    await commitAs(db, as(builder), 'select * from public.merge_assets($1, $2)', [
      kept.asset_id,
      duplicate.asset_id,
    ])
    const summary = await queryAs<AssetRow>(
      db,
      as(builder),
      'select * from public.workshop_summary($1)',
      [workshop.workshop_id],
    )
    expect(summary.map((asset) => [asset.asset_id, asset.workshop_id])).toEqual([
      [kept.asset_id, workshop.workshop_id],
    ])
  })
})
