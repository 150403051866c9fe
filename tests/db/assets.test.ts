import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  actAs,
  createUser,
  essexRegion,
  openTestDatabase,
  queryAs,
  type TestDatabase,
} from './support/test-database'

// Chelmsford city centre (Moulsham and Central ward) and a point in the North Sea.
const CHELMSFORD: [number, number] = [0.4725, 51.7356]
const NORTH_SEA: [number, number] = [2.5, 52.2]

let db: TestDatabase
let builder: string
let resident: string

beforeAll(async () => {
  db = await openTestDatabase({ region: essexRegion() })
  builder = await createUser(db, ['builder'])
  resident = await createUser(db, ['resident'])
})
afterAll(() => db.close())

const create = (userId: string, clientId: string, lngLat: [number, number]) =>
  queryAs<{ ward_code: string | null; status: string; name: string }>(
    db,
    { role: 'authenticated', userId },
    'select * from public.create_asset($1, $2, $3, $4, $5, $6)',
    [clientId, 'Community café', 'economic', '', lngLat[0], lngLat[1]],
  )

describe('assets', () => {
  it('places an asset in the ward that contains its point', async () => {
    const [asset] = await create(builder, randomUUID(), CHELMSFORD)
    const [expected] = await db.admin.query<{ ward_code: string }>(
      `select ward_code from public.wards
       where extensions.st_covers(geom, extensions.st_setsrid(extensions.st_makepoint($1, $2), 4326))`,
      CHELMSFORD,
    )
    expect(expected?.ward_code).toMatch(/^E05/)
    expect(asset?.ward_code).toBe(expected?.ward_code)
  })

  it('refuses a point outside the region, saying why', async () => {
    await expect(create(builder, randomUUID(), NORTH_SEA)).rejects.toThrow(/outside the region/)
  })

  it('returns the first asset when the same client id is submitted twice', async () => {
    const clientId = randomUUID()
    const sql = 'select * from public.create_asset($1, $2, $3, $4, $5, $6)'
    const { first, second, count } = await actAs(
      db,
      { role: 'authenticated', userId: builder },
      async (query) => ({
        first: await query<{ asset_id: string }>(sql, [
          clientId,
          'Hall',
          'physical_space',
          '',
          ...CHELMSFORD,
        ]),
        second: await query<{ asset_id: string }>(sql, [
          clientId,
          'Hall again',
          'physical_space',
          '',
          ...CHELMSFORD,
        ]),
        count: await query('select 1 from public.assets where client_id = $1', [clientId]),
      }),
    )
    expect(second).toEqual(first)
    expect(count).toHaveLength(1)
  })

  it("files a resident's asset as pending and a builder's as approved", async () => {
    const [fromResident] = await create(resident, randomUUID(), CHELMSFORD)
    const [fromBuilder] = await create(builder, randomUUID(), CHELMSFORD)
    expect(fromResident?.status).toBe('pending')
    expect(fromBuilder?.status).toBe('approved')
  })

  it('refuses anon submissions', async () => {
    await expect(
      queryAs(db, { role: 'anon' }, 'select * from public.create_asset($1, $2, $3, $4, $5, $6)', [
        randomUUID(),
        'x',
        'economic',
        '',
        ...CHELMSFORD,
      ]),
    ).rejects.toThrow(/permission denied/)
  })
})
