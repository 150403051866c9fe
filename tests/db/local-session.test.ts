import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NewAsset } from '../../src/core/assets/asset'
import { memoryActingRoleStore } from '../../src/db/pglite/acting-role-store'
import { pgliteLocalDatabase, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { LocalDatabase } from '../../src/db/pglite/local-database'
import { localSession } from '../../src/db/pglite/local-session'
import { LOCAL_USER_ID } from '../../src/db/pglite/local-user'
import type { DataPort } from '../../src/db/port'
import { addSquareWards, IN_WEST } from './support/asset-fixtures'
import { testLocalDatabase } from './support/listen'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// Local mode's single user chooses who they act as on the device; every call is then checked by
// Row Level Security as that role, exactly as a signed-in person with that role in connected mode.
let db: TestDatabase
let port: DataPort

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  await db.admin.query(`insert into auth.users (id, email) values ($1, 'you@this-device.local')`, [
    LOCAL_USER_ID,
  ])
  const local: LocalDatabase = db.pglite ? pgliteLocalDatabase(db.pglite) : testLocalDatabase(db)
  const session = localSession(local, memoryActingRoleStore('builder'), 'essex')
  await session.restore()
  port = sqlDataPort(local, session.actor, session.device)
})
afterAll(() => db.close())

const hall = (name: string): NewAsset => ({
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
  lngLat: IN_WEST,
})

describe('local mode session', () => {
  it('starts as a builder, with the role read back from the database', async () => {
    expect(await port.session.current()).toMatchObject({ signedIn: true, roles: ['builder'] })
    expect(port.session.rolesChosenOnDevice).toBe(true)
  })

  it("files a resident's asset for review, and lets the same person approve it as a builder", async () => {
    await port.session.actAs('resident')
    const submitted = await port.assets.create(hall('Allotment society'))
    await expect(
      port.assets.setStatus(submitted.id, submitted.version, 'approved'),
    ).rejects.toThrow()
    await port.session.actAs('builder')
    const approved = await port.assets.setStatus(submitted.id, submitted.version, 'approved')
    expect([submitted.status, approved.status]).toEqual(['pending', 'approved'])
  })

  it('acts as the public when signed out: approved assets only, and no adding', async () => {
    await port.session.actAs('builder')
    const pending = await port.assets.create(hall('Youth club'))
    await port.session.actAs('resident')
    const residents = await port.assets.create(hall('Book swap'))
    await port.session.signOut()
    const seen = (await port.assets.list()).map((asset) => asset.id)
    expect(await port.session.current()).toEqual({
      signedIn: false,
      email: null,
      roles: [],
      capabilities: [],
    })
    expect(seen).toContain(pending.id)
    expect(seen).not.toContain(residents.id)
    await expect(port.assets.create(hall('Anything'))).rejects.toThrow(/permission/)
  })

  it('offers what the database says the role may do, and no more', async () => {
    await port.session.actAs('lead')
    expect((await port.session.current()).capabilities).toEqual(['analyse_gaps', 'review_assets'])
    await port.session.actAs('safeguarding')
    expect((await port.session.current()).capabilities).toEqual([
      'curate_sensitive_places',
      'record_champion_counts',
      'see_sensitive_places',
    ])
  })

  it('tells listeners when the role changes', async () => {
    const seen: string[][] = []
    const stop = port.session.subscribe((session) => seen.push(session.roles))
    await port.session.actAs('lead')
    await port.session.actAs('admin')
    stop()
    await port.session.actAs('builder')
    expect(seen).toEqual([['lead'], ['admin']])
  })

  it('lets an administrator grant and revoke roles by email, and nobody else', async () => {
    const person = await createUser(db)
    await port.session.actAs('lead')
    await expect(port.members.grant(`${person}@example.test`, 'builder')).rejects.toThrow(
      'Only administrators can grant roles.',
    )
    await port.session.actAs('admin')
    await port.members.grant(`${person}@example.test`, 'builder')
    const granted = (await port.members.list()).find((member) => member.userId === person)
    await port.members.revoke(person, 'builder')
    const revoked = (await port.members.list()).find((member) => member.userId === person)
    expect(granted?.roles).toEqual(['builder'])
    expect(revoked).toBeUndefined()
  })
})
