import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addSquareWards, WEST_WARD } from './support/asset-fixtures'
import { openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// Adding an asset by postcode: the region's postcode centroids, looked up as people type them.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  await db.admin.query(
    `insert into public.postcodes (postcode, point, ward_code)
     values ('CM1 1AA', extensions.st_setsrid(extensions.st_makepoint(0.25, 51.5), 4326), $1)`,
    [WEST_WARD],
  )
})
afterAll(() => db.close())

const lookup = (typed: string) =>
  queryAs(db, { role: 'anon' }, 'select * from public.lookup_postcode($1)', [typed])

describe('postcode lookup', () => {
  it('finds a postcode typed in any case and spacing, for anyone', async () => {
    for (const typed of ['CM1 1AA', 'cm11aa', '  Cm1   1aA ']) {
      expect(await lookup(typed)).toEqual([
        { postcode: 'CM1 1AA', lng: 0.25, lat: 51.5, ward_code: WEST_WARD },
      ])
    }
  })

  it('finds nothing for a postcode the region does not have', async () => {
    expect(await lookup('SW1A 1AA')).toEqual([])
  })

  it('refuses text that is not a postcode, saying how to write one', async () => {
    await expect(lookup('near the church')).rejects.toThrow(
      '"near the church" is not a UK postcode; write it like CM1 1AA.',
    )
  })
})
