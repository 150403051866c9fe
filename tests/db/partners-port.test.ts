import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SchemeInput } from '../../src/core/partners/partner'
import type { LocalActor } from '../../src/db/pglite/local-database'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { testLocalDatabase } from './support/listen'
import {
  createPartnerWorld,
  HARBOUR,
  HILLTOP,
  MILL_END,
  RIVERSIDE,
  type PartnerWorld,
} from './support/partner-fixtures'
import { openTestDatabase, type TestDatabase } from './support/test-database'

// Partners' schemes through the app's data port (src/db/rpc-ports/rpc-partners-port.ts), as the
// partner screens call it: every view and function's rows parse, on PGlite and, with DATABASE_URL,
// on the real server.
let db: TestDatabase
let w: PartnerWorld
let admin: DataPort
let partner: DataPort
let publicPort: DataPort

const portFor = (actor: LocalActor | null) =>
  db.pglite
    ? localDataPort(db.pglite, () => actor)
    : sqlDataPort(testLocalDatabase(db), () => actor)
const asLocal = (actor: PartnerWorld['admin']): LocalActor => {
  if (actor.role !== 'authenticated') throw new Error('a signed-in actor')
  return { userId: actor.userId, email: `${actor.userId}@example.test` }
}

beforeAll(async () => {
  db = await openTestDatabase()
  w = await createPartnerWorld(db)
  admin = portFor(asLocal(w.admin))
  partner = portFor(asLocal(w.partnerA))
  publicPort = portFor(null)
})
afterAll(() => db?.close())

describe('partners through the data port', () => {
  it('saves an organisation and a scheme, finds it, and counts it in coverage and supply', async () => {
    const themes = await publicPort.partners.listThemes()
    expect(themes.find((t) => t.code === 'crime_prevention')).toMatchObject({
      needIndicator: 'imd2025_crime_score',
    })
    expect((await publicPort.partners.listAudiences()).map((a) => a.code)).toContain('carers')

    const org = await admin.partners.saveOrganisation({
      id: w.orgA,
      name: 'Northvale Neighbourhood Watch',
      sector: 'community',
      description: 'Residents looking out for each other.',
      website: 'https://watch.example.org',
      email: null,
      phone: '01234 567890',
    })
    expect(org).toMatchObject({ sector: 'community', phone: '01234 567890' })
    expect(await partner.partners.myOrganisations()).toEqual([
      { organisationId: w.orgA, name: 'Northvale Neighbourhood Watch' },
    ])

    const input: SchemeInput = {
      id: randomUUID(),
      organisationId: w.orgA,
      kind: 'service',
      name: 'Street Watch',
      description: null,
      themes: ['crime_prevention'],
      audiences: ['everyone'],
      access: 'referral',
      howToAccess: 'Ask your neighbourhood officer.',
      contactName: 'Sam',
      contactEmail: 'sam@example.org',
      contactPhone: null,
      url: null,
      schedules: [{ byday: 'TU', opensAt: '18:00', closesAt: '20:30', note: null }],
      areas: [RIVERSIDE, HILLTOP],
      venues: [{ assetId: w.publicVenue, publicName: null, frontDoorContact: null }],
    }
    const saved = await partner.partners.saveScheme(input)
    expect(saved).toMatchObject({
      name: 'Street Watch',
      canEdit: true,
      wardCodes: [RIVERSIDE, HILLTOP, MILL_END],
      schedules: [{ byday: 'TU', opensAt: '18:00', closesAt: '20:30', note: null }],
      venues: [
        { assetId: w.publicVenue, name: 'Mill End Hall', wardCode: MILL_END, sensitive: false },
      ],
    })

    const found = await publicPort.partners.searchDirectory({
      postcode: 'YY1 3AA',
      theme: 'crime_prevention',
    })
    expect(found.map((s) => [s.name, s.canEdit])).toEqual([['Street Watch', false]])
    expect((await publicPort.partners.listServices(w.orgA)).map((s) => s.schemeId)).toEqual([
      input.id,
    ])

    const coverage = await publicPort.partners.coverage('crime_prevention')
    expect(coverage.find((c) => c.wardCode === HILLTOP)).toMatchObject({
      schemes: 1,
      schemeIds: [input.id],
      status: 'covered',
    })
    const supply = await publicPort.analysis.schemeSupply()
    expect(supply.filter((s) => s.schemes > 0).map((s) => s.wardCode)).toEqual([
      RIVERSIDE,
      HILLTOP,
      MILL_END,
    ])

    await partner.partners.recordChampionCount(HARBOUR, 3)
    expect(await publicPort.partners.championCounts()).toMatchObject([
      { wardCode: HARBOUR, wardName: 'Harbour', champions: 3 },
    ])

    await partner.partners.retireScheme(input.id)
    expect(await publicPort.partners.listServices(w.orgA)).toEqual([])
  })

  it('refuses an unknown postcode in words, with its code', async () => {
    await expect(
      publicPort.partners.searchDirectory({ postcode: 'ZZ8 8ZZ' }),
    ).rejects.toMatchObject({
      code: 'P0404',
      message: 'The postcode ZZ8 8ZZ is not in the region.',
    })
  })
})
