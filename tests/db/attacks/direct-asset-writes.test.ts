import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from '../support/commit-as'
import {
  addSquareWards,
  as,
  CREATE_ASSET,
  createAssetParams,
  type AssetRow,
} from '../support/asset-fixtures'
import {
  actAs,
  createUser,
  openTestDatabase,
  queryAs,
  type Actor,
  type TestDatabase,
} from '../support/test-database'

// Attack: writing public.assets (and its contact and links) straight through the table API, past
// create_asset and update_asset. Each test tries what an insider would, counts the writes that
// landed, prints the figure and expects none.
let db: TestDatabase
let builder: string
let lead: string
let accomplice: string
let resident: string

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  lead = await createUser(db, ['lead'])
  accomplice = await createUser(db)
  resident = await createUser(db, ['resident'])
})
afterAll(() => db.close())

async function addAsset(userId: string, contact: string | null = null): Promise<AssetRow> {
  const [row] = await commitAs<AssetRow>(
    db,
    as(userId),
    CREATE_ASSET,
    createAssetParams({ contact, name: 'Village hall' }),
  )
  return row!
}

/** Runs the statement as the actor (rolled back); true when it wrote a row. */
async function landed(
  actor: Actor,
  sql: string,
  params: readonly unknown[] = [],
): Promise<boolean> {
  try {
    const rows = await queryAs(db, actor, sql, params)
    return rows.length > 0
  } catch {
    return false
  }
}

const SOUTH_ATLANTIC = 'extensions.st_setsrid(extensions.st_makepoint(-20, -40), 4326)'
const IN_WEST_POINT = 'extensions.st_setsrid(extensions.st_makepoint(0.25, 51.5), 4326)'

describe('direct writes to assets', () => {
  it('refuses to hand an asset to someone else, so they cannot read its private contact', async () => {
    const asset = await addAsset(builder, '07700 900123')
    let forged = 0
    // The accomplice would then read the contact as the asset's submitter.
    const readsContact = await actAs(db, as(builder), async (query) => {
      try {
        await query('update public.assets set created_by = $2 where asset_id = $1', [
          asset.asset_id,
          accomplice,
        ])
      } catch {
        return false
      }
      await query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ role: 'authenticated', sub: accomplice }),
      ])
      const rows = await query<{ contact: string | null }>(
        'select contact from public.asset_details where asset_id = $1',
        [asset.asset_id],
      )
      return rows[0]?.contact === '07700 900123'
    })
    if (readsContact) forged++
    for (const actor of [as(resident), as(builder), as(lead)]) {
      const landedForged = await landed(
        actor,
        `insert into public.assets (client_id, name, kind, point, status, created_by)
         values (gen_random_uuid(), 'Forged', 'cultural', ${IN_WEST_POINT}, 'pending', $1)
         returning asset_id`,
        [accomplice],
      )
      if (landedForged) forged++
    }
    console.log(`direct writes that forge an owner: ${forged}`)
    expect(forged).toBe(0)
  })

  it('refuses an update that does not say which version it started from (a lost update)', async () => {
    const asset = await addAsset(builder)
    let skipped = 0
    for (const actor of [as(builder), as(lead)]) {
      if (
        await landed(
          actor,
          `update public.assets set name = 'Overwritten' where asset_id = $1 returning asset_id`,
          [asset.asset_id],
        )
      ) {
        skipped++
      }
    }
    console.log(`direct writes that skip the version: ${skipped}`)
    expect(skipped).toBe(0)
  })

  it('refuses a version, an editor or times that the database did not set', async () => {
    const asset = await addAsset(builder)
    let forged = 0
    const attempts: [Actor, string, unknown[]][] = [
      [
        as(builder),
        `insert into public.assets (client_id, name, kind, point, status, created_by, version, updated_by, created_at)
         values (gen_random_uuid(), 'Stamped', 'cultural', ${IN_WEST_POINT}, 'approved', auth.uid(), 999, $1, '2001-01-01')
         returning asset_id`,
        [accomplice],
      ],
      [
        as(builder),
        `update public.assets set version = 999 where asset_id = $1 returning asset_id`,
        [asset.asset_id],
      ],
      [
        as(builder),
        `update public.assets set created_at = '2001-01-01', last_verified_at = '2001-01-01'
         where asset_id = $1 returning asset_id`,
        [asset.asset_id],
      ],
    ]
    for (const [actor, sql, params] of attempts) if (await landed(actor, sql, params)) forged++
    console.log(`direct writes that forge a version, an editor or a time: ${forged}`)
    expect(forged).toBe(0)
  })

  it('refuses a point outside the region, however it is written', async () => {
    const asset = await addAsset(builder)
    let outside = 0
    if (
      await landed(
        as(builder),
        `insert into public.assets (client_id, name, kind, point, status, created_by)
         values (gen_random_uuid(), 'Adrift', 'cultural', ${SOUTH_ATLANTIC}, 'approved', auth.uid())
         returning asset_id`,
      )
    ) {
      outside++
    }
    if (
      await landed(
        as(builder),
        `update public.assets set point = ${SOUTH_ATLANTIC} where asset_id = $1 returning asset_id`,
        [asset.asset_id],
      )
    ) {
      outside++
    }
    console.log(`assets written with a point outside the region: ${outside}`)
    expect(outside).toBe(0)
  })

  it("refuses direct writes to an asset's contact and connections", async () => {
    const asset = await addAsset(builder, '01245 000000')
    const other = await addAsset(builder)
    const attempts: [string, unknown[]][] = [
      [
        `update public.asset_contacts set contact = 'Forged', updated_by = $2
         where asset_id = $1 returning asset_id`,
        [asset.asset_id, accomplice],
      ],
      [
        `insert into public.asset_contacts (asset_id, contact, updated_by) values ($1, 'x', $2)
         on conflict (asset_id) do update set contact = 'x' returning asset_id`,
        [other.asset_id, accomplice],
      ],
      [
        `delete from public.asset_contacts where asset_id = $1 returning asset_id`,
        [asset.asset_id],
      ],
      [
        `insert into public.asset_links (from_asset_id, to_asset_id, relation, created_by)
         values ($1, $2, 'meets_at', auth.uid()) returning link_id`,
        [asset.asset_id, other.asset_id],
      ],
    ]
    let landedWrites = 0
    for (const [sql, params] of attempts) if (await landed(as(builder), sql, params)) landedWrites++
    console.log(`direct writes to contacts and connections: ${landedWrites}`)
    expect(landedWrites).toBe(0)
  })
})
