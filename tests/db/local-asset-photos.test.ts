import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestJpeg, exifGpsSegment } from '../../src/core/photos/testing/build-test-jpeg'
import type { LocalActor } from '../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { addSquareWards, IN_WEST } from './support/asset-fixtures'
import { testLocalDatabase } from './support/listen'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// Assets' photos through the local adapter (src/db/pglite/local-assets-port.ts), on PGlite and on
// the real server: bytes in, the same bytes out, and a refusal said in words.
let db: TestDatabase
let builder: DataPort
let anon: DataPort

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  const portFor = (actor: LocalActor | null) =>
    db.pglite
      ? localDataPort(db.pglite, () => actor)
      : sqlDataPort(testLocalDatabase(db), () => actor)
  const userId = await createUser(db, ['builder'])
  builder = portFor({ userId, email: `${userId}@example.test` })
  anon = portFor(null)
})
afterAll(() => db.close())

const addHall = () =>
  builder.assets.create({
    clientId: randomUUID(),
    name: 'Writtle Village Hall',
    kind: 'physical_space',
    subtype: null,
    description: '',
    openingTimes: '',
    accessibility: '',
    website: null,
    tags: [],
    contact: null,
    lngLat: IN_WEST,
  })

const photo = (bytes: Uint8Array) => ({
  bytes,
  mime: 'image/jpeg' as const,
  widthPx: 40,
  heightPx: 30,
  altText: 'The hall from the green',
})

describe('local adapter: asset photos', () => {
  it('stores a photo and gives the public the same bytes with its description', async () => {
    const hall = await addHall()
    const bytes = buildTestJpeg({ widthPx: 40, heightPx: 30 })
    await builder.photos.set(hall.id, photo(bytes))
    const read = await anon.photos.get(hall.id)
    expect(read).toMatchObject({ mime: 'image/jpeg', widthPx: 40, heightPx: 30 })
    expect(read?.altText).toBe('The hall from the green')
    expect(read?.bytes).toEqual(bytes)
  })

  it('refuses a photo with a GPS position in its Exif, saying why', async () => {
    const hall = await addHall()
    const bytes = buildTestJpeg({
      widthPx: 40,
      heightPx: 30,
      segments: [exifGpsSegment([0.469123, 51.735612])],
    })
    await expect(builder.photos.set(hall.id, photo(bytes))).rejects.toMatchObject({
      name: 'DataError',
      code: '22023',
      message: expect.stringMatching(/^The photo still carries Exif metadata\./),
    })
    expect(await builder.photos.get(hall.id)).toBeNull()
  })

  it('removes a photo', async () => {
    const hall = await addHall()
    await builder.photos.set(hall.id, photo(buildTestJpeg({ widthPx: 40, heightPx: 30 })))
    await builder.photos.remove(hall.id)
    expect(await builder.photos.get(hall.id)).toBeNull()
  })
})
