import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from './support/commit-as'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from './support/asset-fixtures'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// The ABCD taxonomy as data: six kinds, each with subtypes, read by anyone, edited by admins.
let db: TestDatabase
let admin: string
let builder: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  admin = await createUser(db, ['admin'])
  builder = await createUser(db, ['builder'])
})
afterAll(() => db.close())

const SAVE = 'select * from public.save_asset_subtype($1, $2, $3, $4)'

describe('taxonomy', () => {
  it("gives every kind subtypes, among them the issue's examples, readable by anyone", async () => {
    const rows = await queryAs<{ code: string; kind: string }>(
      db,
      { role: 'anon' },
      'select code, kind::text from public.asset_subtypes where is_active',
    )
    const kindOf = Object.fromEntries(rows.map((row) => [row.code, row.kind]))
    expect(new Set(rows.map((row) => row.kind))).toEqual(
      new Set([
        'individual',
        'association',
        'institution',
        'physical_space',
        'economic',
        'cultural',
      ]),
    )
    expect(kindOf).toMatchObject({
      village_hall: 'physical_space',
      library: 'institution',
      allotment: 'physical_space',
      faith_group: 'association',
      sports_club: 'association',
      food_bank: 'association',
      pharmacy: 'institution',
      gp_surgery: 'institution',
      pub: 'economic',
      youth_club: 'association',
      befriending_group: 'association',
      ask_for_ani_pharmacy: 'institution',
    })
  })

  it('lets an admin add a subtype at the end of its kind, and retire it', async () => {
    const [added] = await commitAs<{ sort_order: number; is_active: boolean }>(
      db,
      as(admin),
      SAVE,
      ['repair_cafe', 'association', 'Repair café', true],
    )
    const [{ last }] = (await db.admin.query<{ last: number }>(
      `select max(sort_order) as last from public.asset_subtypes where kind = 'association'`,
    )) as [{ last: number }]
    expect(added?.sort_order).toBe(last)
    const [retired] = await commitAs<{ is_active: boolean; sort_order: number }>(
      db,
      as(admin),
      SAVE,
      ['repair_cafe', 'association', 'Repair café', false],
    )
    expect(retired).toMatchObject({ is_active: false, sort_order: last })
  })

  it('refuses a builder who changes the taxonomy', async () => {
    await expect(
      queryAs(db, as(builder), SAVE, ['pop_up_shop', 'economic', 'Pop-up shop', true]),
    ).rejects.toThrow('Only administrators can change the taxonomy.')
  })

  it('refuses to move a subtype that assets use to another kind', async () => {
    await commitAs(
      db,
      as(builder),
      CREATE_ASSET,
      createAssetParams({ kind: 'economic', subtype: 'pub' }),
    )
    await expect(queryAs(db, as(admin), SAVE, ['pub', 'cultural', 'Pub', true])).rejects.toThrow(
      /Assets already use the subtype pub, so it cannot move to another kind/,
    )
  })
})
