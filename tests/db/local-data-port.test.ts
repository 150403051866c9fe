import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AssetChangeEvent } from '../../src/core/assets/asset-change-event'
import type { NewAsset } from '../../src/core/assets/asset'
import { VersionConflictError } from '../../src/db/data-error'
import type { LocalActor } from '../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { addSquareWards, IN_EAST, IN_WEST } from './support/asset-fixtures'
import { testLocalDatabase } from './support/listen'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// The port contract over the local adapter (src/db/pglite/local-data-port.ts): on PGlite the
// adapter runs over the PGlite instance itself; on the real server over the same SQL through
// node-postgres. Two builders act through two ports on one database.
let db: TestDatabase
let first: DataPort
let second: DataPort
let anon: DataPort

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  const portFor = (actor: LocalActor | null) =>
    db.pglite
      ? localDataPort(db.pglite, () => actor)
      : sqlDataPort(testLocalDatabase(db), () => actor)
  const actorFor = async (): Promise<LocalActor> => {
    const userId = await createUser(db, ['builder'])
    return { userId, email: `${userId}@example.test` }
  }
  first = portFor(await actorFor())
  second = portFor(await actorFor())
  anon = portFor(null)
})
afterAll(() => db.close())

const hall = (overrides: Partial<NewAsset> = {}): NewAsset => ({
  clientId: randomUUID(),
  name: 'Writtle Village Hall',
  kind: 'physical_space',
  subtype: 'village_hall',
  description: '',
  openingTimes: 'Mon–Fri 9–5',
  accessibility: 'Step-free entrance',
  website: 'https://writtle.example',
  tags: ['hall', 'hire'],
  contact: 'bookings@writtle.example',
  lngLat: IN_WEST,
  ...overrides,
})

describe('local adapter', () => {
  it('adds an asset with every field, the ward set by the database, and the contact kept apart', async () => {
    const created = await first.assets.create(hall())
    const details = await first.assets.get(created.id)
    expect(created).toMatchObject({
      subtype: 'village_hall',
      openingTimes: 'Mon–Fri 9–5',
      tags: ['hall', 'hire'],
      wardCode: 'E05990001',
      status: 'approved',
      version: 1,
    })
    expect(created).not.toHaveProperty('contact')
    expect(details.contact).toBe('bookings@writtle.example')
  })

  it("refuses a stale save with the other builder's version, and saves it again on top", async () => {
    const created = await first.assets.create(hall())
    await first.assets.update(created.id, 1, { name: 'Writtle Hall', lngLat: IN_EAST })
    const conflict = await second.assets
      .update(created.id, 1, { openingTimes: 'Sat 10–12' })
      .catch((error: unknown) => error)
    expect(conflict).toBeInstanceOf(VersionConflictError)
    const theirs = (conflict as VersionConflictError).current
    expect(theirs).toMatchObject({ name: 'Writtle Hall', version: 2, wardCode: 'E05990002' })
    const saved = await second.assets.update(created.id, theirs.version, {
      openingTimes: 'Sat 10–12',
    })
    expect(saved).toMatchObject({ name: 'Writtle Hall', openingTimes: 'Sat 10–12', version: 3 })
  })

  it('shows the history of those saves as fields, never values', async () => {
    const created = await first.assets.create(hall())
    await second.assets.update(created.id, 1, { openingTimes: 'Sat 10–12' })
    const history = await first.review.history(created.id)
    expect(history.map((entry) => [entry.action, entry.changedColumns])).toEqual([
      ['insert', expect.arrayContaining(['name', 'opening_times', 'point'])],
      ['update', expect.arrayContaining(['contact'])],
      ['update', ['opening_times']],
    ])
    expect(JSON.stringify(history)).not.toContain('Sat 10–12')
  })

  it("passes the database's refusal on as a DataError with its message and code", async () => {
    await expect(first.assets.create(hall({ lngLat: [2.5, 52.2] }))).rejects.toMatchObject({
      name: 'DataError',
      code: '22023',
      message: "That place (2.5, 52.2) is outside the region's wards.",
    })
  })

  it("hears another builder's new asset as ids only", async () => {
    const events: AssetChangeEvent[] = []
    const stop = first.assets.subscribe((event) => events.push(event))
    try {
      // The listener starts asynchronously and a write before it is heard by nobody, so write
      // until one is heard.
      const heard = async (attempt: number): Promise<AssetChangeEvent> => {
        const created = await second.assets.create(
          hall({ name: 'Chess club', kind: 'association', subtype: null }),
        )
        const expected = { type: 'created' as const, assetId: created.id, workshopId: null }
        try {
          await vi.waitFor(() => expect(events).toContainEqual(expected), { timeout: 1000 })
          return expected
        } catch (error) {
          if (attempt >= 5) throw error
          return heard(attempt + 1)
        }
      }
      expect(Object.keys(await heard(1))).toEqual(['type', 'assetId', 'workshopId'])
    } finally {
      stop()
    }
  })

  it('lets anyone report a change, which builders then see in the queue', async () => {
    const created = await first.assets.create(
      hall({ name: 'Parish library', kind: 'institution', subtype: 'library' }),
    )
    await anon.assets.reportChange(created.id, 'Closed on Wednesdays now')
    const reports = await second.review.listChangeReports()
    expect(reports).toContainEqual(
      expect.objectContaining({
        assetId: created.id,
        message: 'Closed on Wednesdays now',
        resolvedAt: null,
      }),
    )
  })

  it('opens a workshop, finds it by its code, and sums up what was captured', async () => {
    const workshop = await first.workshops.create({
      name: 'Writtle mapping',
      place: 'Village hall',
      date: '2026-12-05',
    })
    const joined = await second.workshops.join(workshop.joinCode.toLowerCase())
    const captured = await second.assets.create(
      hall({ name: 'Bowls club', kind: 'association', subtype: null, workshopId: workshop.id }),
    )
    const summary = await first.workshops.summary(workshop.id)
    expect(joined).toEqual(workshop)
    expect(workshop.date).toBe('2026-12-05')
    expect(summary.assets.map((asset) => asset.id)).toEqual([captured.id])
  })

  it('looks up a postcode for anyone, and says when the code is wrong', async () => {
    expect(await anon.region.lookupPostcode('ZZ9 9ZZ')).toBeNull()
    await expect(first.workshops.join('ZZZ-ZZZ')).rejects.toThrow(
      /No workshop has the code “ZZZ-ZZZ”/,
    )
  })
})
