import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NewAsset } from '../../src/core/assets/asset'
import type { LocalActor } from '../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { addSquareWards, IN_WEST } from './support/asset-fixtures'
import { testLocalDatabase } from './support/listen'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// The local adapter's taxonomy editing and "not a duplicate" (src/db/pglite/local-assets-port.ts),
// as an administrator and two builders, on PGlite or over node-postgres on the real server.
let db: TestDatabase
let admin: DataPort
let builder: DataPort
let otherBuilder: DataPort

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  const portAs = async (role: string) => {
    const userId = await createUser(db, [role])
    const actor: LocalActor = { userId, email: `${userId}@example.test` }
    return db.pglite
      ? localDataPort(db.pglite, () => actor)
      : sqlDataPort(testLocalDatabase(db), () => actor)
  }
  admin = await portAs('admin')
  builder = await portAs('builder')
  otherBuilder = await portAs('builder')
})
afterAll(() => db.close())

const asset = (name: string, northMetres: number): NewAsset => ({
  clientId: randomUUID(),
  name,
  kind: 'physical_space',
  subtype: null,
  description: '',
  openingTimes: '',
  accessibility: '',
  website: null,
  tags: [],
  contact: null,
  lngLat: [IN_WEST[0], IN_WEST[1] + northMetres / 111195],
})

describe('local adapter: taxonomy', () => {
  it('adds a subtype last in its kind, moves it up, and lists it there', async () => {
    const added = await admin.taxonomy.addSubtype('cultural', 'Book club')
    expect(added).toEqual({
      code: 'book_club',
      kind: 'cultural',
      label: 'Book club',
      isActive: true,
    })
    await admin.taxonomy.moveSubtype('book_club', -1)
    const cultural = (await builder.taxonomy.listSubtypes()).filter((s) => s.kind === 'cultural')
    expect(cultural.at(-2)?.code).toBe('book_club')
  })

  it('refuses a builder, in words', async () => {
    await expect(builder.taxonomy.addSubtype('cultural', 'Choir')).rejects.toThrow(
      'Only administrators can change the taxonomy.',
    )
  })
})

describe('local adapter: not a duplicate', () => {
  it("takes the pair out of another builder's candidates", async () => {
    const hall = await builder.assets.create(asset('Broomfield Scout Hut', 500))
    const hut = await builder.assets.create(asset('Broomfield Scouts Hut', 520))
    const pairOf = async (port: DataPort) =>
      (await port.review.listDuplicateCandidates()).filter(
        (c) => [c.first.id, c.second.id].sort().join() === [hall.id, hut.id].sort().join(),
      )
    expect(await pairOf(otherBuilder)).toHaveLength(1)
    await builder.review.dismissDuplicate(hut.id, hall.id)
    expect(await pairOf(otherBuilder)).toEqual([])
  })
})
