// A small world for the partners' tests: the test region's four wards (Riverside, Hilltop and Mill
// End in Northvale; Harbour in Southmere) in the Essex programme, two partner organisations with a
// person each, an administrator, safeguarding, a public venue in Mill End and a refuge in Harbour.
import { randomUUID } from 'node:crypto'
import { as } from './asset-fixtures'
import { commitAs } from './commit-as'
import { writeTestRegion } from './resident-fixtures'
import { createUser, ESSEX_PROGRAMME_ID, type Actor, type TestDatabase } from './test-database'

export const RIVERSIDE = 'E05990101'
export const HILLTOP = 'E05990102'
export const MILL_END = 'E05990103'
export const HARBOUR = 'E05990104'
export const NORTHVALE = 'E07990101'

export interface PartnerWorld {
  admin: Actor
  safeguarding: Actor
  /** A person of organisation A (partner role), and of B. */
  partnerA: Actor
  partnerB: Actor
  orgA: string
  orgB: string
  publicVenue: string
  refuge: string
}

export async function createPartnerWorld(db: TestDatabase): Promise<PartnerWorld> {
  await writeTestRegion(db.admin)
  await db.admin.query(
    `insert into public.programme_authorities (lad_code, programme_id)
     values ('E07990101', $1), ('E07990102', $1) on conflict do nothing`,
    [ESSEX_PROGRAMME_ID],
  )
  const [adminId, safeguardingId, aId, bId] = [
    await createUser(db, ['admin']),
    await createUser(db, ['safeguarding']),
    await createUser(db, ['partner']),
    await createUser(db, ['partner']),
  ]
  const admin = as(adminId!)
  const orgA = randomUUID()
  const orgB = randomUUID()
  for (const [id, name, person] of [
    [orgA, 'Northvale Neighbourhood Watch', aId],
    [orgB, 'Southmere Faith Network', bId],
  ] as const) {
    await commitAs(
      db,
      admin,
      `select * from public.save_partner_organisation($1, $2, 'voluntary')`,
      [id, name],
    )
    await commitAs(db, admin, `select public.add_partner_person($1, $2)`, [
      id,
      `${person}@example.test`,
    ])
  }
  const [venue] = await db.admin.query<{ asset_id: string }>(
    `insert into public.assets (client_id, name, kind, point, status)
     values (gen_random_uuid(), 'Mill End Hall', 'physical_space',
       extensions.st_setsrid(extensions.st_makepoint(0.45, 51.71), 4326), 'approved')
     returning asset_id`,
  )
  const [refuge] = await db.admin.query<{ asset_id: string }>(
    `insert into public.assets (client_id, name, kind, point, status, is_sensitive)
     values (gen_random_uuid(), 'Harbour Refuge', 'physical_space',
       extensions.st_setsrid(extensions.st_makepoint(0.413579, 51.612468), 4326), 'approved', true)
     returning asset_id`,
  )
  return {
    admin,
    safeguarding: as(safeguardingId!),
    partnerA: as(aId!),
    partnerB: as(bId!),
    orgA,
    orgB,
    publicVenue: venue!.asset_id,
    refuge: refuge!.asset_id,
  }
}

/** A scheme payload for save_scheme; override any field. */
export function scheme(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    organisation_id: organisationId,
    kind: 'service',
    name: 'Street Watch',
    description: 'Volunteers walking the streets in the evening.',
    themes: ['crime_prevention'],
    audiences: ['everyone'],
    access: 'open',
    how_to_access: 'Come along on a Tuesday.',
    contact_email: 'watch@example.org',
    schedules: [],
    areas: [],
    venues: [],
    ...overrides,
  }
}

/** Saves a scheme as the actor (committed) and returns the directory row. */
export async function saveScheme(
  db: TestDatabase,
  actor: Actor,
  payload: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const [row] = await commitAs(db, actor, `select * from public.save_scheme($1::jsonb)`, [
    JSON.stringify(payload),
  ])
  return row!
}
