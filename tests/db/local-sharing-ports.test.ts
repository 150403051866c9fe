import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONSENT_WORDING_VERSION } from '../../src/core/residents/consent-purpose'
import type { ResidentOffer } from '../../src/core/residents/resident-offer'
import type { LocalActor } from '../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { CREATE_ASSET, createAssetParams } from './support/asset-fixtures'
import { testLocalDatabase } from './support/listen'
import { runAs, writeTestRegion } from './support/resident-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// The partners' list and people in connections through the local adapter
// (local-residents-port.ts, local-person-links-port.ts), on PGlite and, with DATABASE_URL, on the
// real server through the same SQL, as the app calls them.
let db: TestDatabase
let builder: DataPort
let partner: DataPort
let lead: DataPort
let hallId: string

const portFor = (actor: LocalActor | null) =>
  db.pglite
    ? localDataPort(db.pglite, () => actor)
    : sqlDataPort(testLocalDatabase(db), () => actor)

const as = async (roles: string[]) => {
  const userId = await createUser(db, roles)
  return { port: portFor({ userId, email: `${userId}@example.test` }), userId }
}

const offer = (displayName: string, consents: ResidentOffer['consents']): ResidentOffer => ({
  displayName,
  gifts: [{ kind: 'hands', giftType: 'cooking', description: '' }],
  activities: ['one_off'],
  availability: ['weekend'],
  availabilityNote: '',
  travel: 'up_to_3_km',
  email: `${displayName.toLowerCase()}@example.test`,
  phone: '',
  preferredContact: 'email',
  postcode: 'yy1 1ab',
  consents,
  wordingVersion: CONSENT_WORDING_VERSION,
})

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  const b = await as(['builder'])
  builder = b.port
  partner = (await as(['partner'])).port
  lead = (await as(['lead'])).port
  const [hall] = await runAs<{ asset_id: string }>(
    db,
    { userId: b.userId, email: 'builder@example.test' },
    CREATE_ASSET,
    createAssetParams({ name: 'Riverside Hall', kind: 'physical_space', lngLat: [0.41, 51.71] }),
    { commit: true },
  )
  hallId = hall!.asset_id
  const when = { how: 'paper' as const, givenAt: new Date() }
  await builder.residents.recordOnBehalf(offer('Asha', ['share_with_partners']), when)
  await builder.residents.recordOnBehalf(offer('Ben', ['counted_on_map']), when)
})
afterAll(() => db.close())

describe('sharing through the local adapter', () => {
  it('gives a partner the residents who agreed to share, with how to contact them', async () => {
    const shared = await partner.residents.listSharedWithPartners()
    expect(shared.map((s) => [s.displayName, s.contact.email, s.postcodeSector])).toEqual([
      ['Asha', 'asha@example.test', 'YY1 1'],
    ])
    await partner.exports.recordSharedResidents(shared.length)
  })

  it('refuses the list to a builder with the reason', async () => {
    await expect(builder.residents.listSharedWithPartners()).rejects.toThrow(
      "Only the programme's named partners",
    )
  })

  it('lets a builder find an approved resident by name, link them to a hall and see them by name; a lead sees no one', async () => {
    const [asha] = await builder.personLinks.findPeople('ash')
    expect(asha).toMatchObject({ displayName: 'Asha', wardName: 'Riverside' })
    const link = await builder.personLinks.link({
      residentId: asha!.residentId,
      assetId: hallId,
      relation: 'member_of',
    })
    expect(link).toMatchObject({ displayName: 'Asha', assetName: 'Riverside Hall' })
    expect((await builder.personLinks.list(hallId)).map((l) => l.displayName)).toEqual(['Asha'])
    expect(await lead.personLinks.list(hallId)).toEqual([])
    await builder.personLinks.unlink(link.id)
    expect(await builder.personLinks.list(hallId)).toEqual([])
  })
})
