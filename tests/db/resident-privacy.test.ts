import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SqlClient } from '../../src/db/sql-client'
import {
  collectSecrets,
  findSightings,
  listSources,
  type Source,
} from './security/find-location-sightings'
import { openMatrixDatabase, tryAs, type MatrixDatabase } from './security/matrix-database'
import { POLICY_MATRIX, ROLES, type Role } from './security/policy-matrix'
import { SEEDED_CONTACTS } from './security/residents-matrix'

// Nobody but the resident (and those the rules allow) reads a resident's home point or contact
// details, through any table, view or function the API exposes: the sources are enumerated from
// the catalog and every function is called as the policy matrix calls it, as every role. The
// matrix seeds three offers: the resident's own, another person's (who agreed to be contacted by a
// builder) and an unlinked one from the public form.
let m: MatrixDatabase

beforeAll(async () => {
  m = await openMatrixDatabase()
})
afterAll(() => m?.db.close())

type Who = keyof typeof SEEDED_CONTACTS

/**
 * Who may see each seeded person's contact details: `others` agreed to be contacted by builders
 * and to share their offer and contact details with the programme's named partners.
 */
const CONTACT_ALLOWED: Record<Who, readonly Role[]> = {
  own: ['resident', 'admin'],
  others: ['builder', 'partner', 'admin'],
  unlinked: ['admin'],
}

/** For each source and role: whose contact details (email or phone) its rows hold. */
async function findContactSightings(sources: readonly Source[]) {
  const needles = Object.entries(SEEDED_CONTACTS).flatMap(([who, contact]) => [
    { who, needle: contact.email },
    { who, needle: contact.phone },
  ])
  const seen: { source: string; role: Role; who: string }[] = []
  for (const source of sources) {
    const offset = source.statement.params?.length ?? 0
    const sql = `with r as (${source.statement.sql})
      select distinct s.who from unnest($${offset + 1}::text[], $${offset + 2}::text[]) as s (who, needle)
      where exists (select 1 from r where strpos(to_jsonb(r)::text, s.needle) > 0)`
    const params = [
      ...(source.statement.params ?? []),
      needles.map((n) => n.who),
      needles.map((n) => n.needle),
    ]
    for (const role of ROLES) {
      const result = await tryAs<{ who: string }>(m.db, m.actors[role], { sql, params })
      if (result.outcome.startsWith('error')) throw new Error(`${source.name}: ${result.outcome}`)
      for (const row of result.rows) seen.push({ source: source.name, role, who: row.who })
    }
  }
  return seen
}

/** Every exposed source, read through `client` (inside a transaction on PGlite: one connection). */
async function sources(client: SqlClient = m.db.admin) {
  const { sources, uncallable } = await listSources(client, POLICY_MATRIX, m.users)
  expect(uncallable).toEqual([])
  return sources
}

/** Runs `work` in a transaction that is always rolled back. */
async function inRolledBackTransaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
  const rollback = new Error('rollback')
  let result: { value: T } | null = null
  try {
    await m.db.admin.transaction(async (tx) => {
      result = { value: await work(tx) }
      throw rollback
    })
  } catch (error) {
    if (error !== rollback) throw error
  }
  return (result as { value: T } | null)!.value
}

describe("residents' private details", () => {
  it('shows contact details to nobody but the resident, admins, and builders and partners the resident agreed may have them', async () => {
    const seen = await findContactSightings(await sources())
    const leaks = seen.filter(
      (sighting) => !CONTACT_ALLOWED[sighting.who as Who].includes(sighting.role),
    )
    expect(leaks).toEqual([])
    // The scan works: it does find them where they may be read.
    const where = (who: string, role: Role) =>
      [...new Set(seen.filter((s) => s.who === who && s.role === role).map((s) => s.source))].sort()
    expect(where('own', 'resident')).toEqual(
      ['public.my_resident_data(): everything held about them', 'public.resident_contacts'].sort(),
    )
    expect(where('others', 'partner')).toEqual([
      'public.residents_shared_with_partners(): the residents who agreed to share with partners',
    ])
    // Matching says how to contact those who agreed to be contacted by a builder, as the table does.
    expect(where('others', 'builder')).toEqual([
      'public.match_residents_by_distance(double precision, double precision, gift_kind): residents near a hall',
      'public.resident_contacts',
    ])
    expect(where('own', 'anon')).toEqual([])
  })

  it('shows a home point to nobody but its resident and admins (anon and another resident see none)', async () => {
    const { sightings, secrets } = await inRolledBackTransaction(async (tx) => {
      const secrets = (await collectSecrets(tx)).filter((s) =>
        s.what.startsWith('private location'),
      )
      const found = await findSightings(tx, m.actors, await sources(tx), secrets)
      return { sightings: found.sightings, secrets }
    })
    expect(secrets).toHaveLength(3)
    const ownHome = secrets.find((s) => s.ownerId === m.users.resident)!.what
    const byRole = (role: Role) =>
      [
        ...new Set(
          sightings
            .filter((s) => s.role === role)
            .map((s) => `${s.source} ${s.secret === ownHome ? 'own' : 'another'}`),
        ),
      ].sort()
    expect(byRole('anon')).toEqual([])
    expect(byRole('builder')).toEqual([])
    expect(byRole('no_role')).toEqual([])
    expect(byRole('resident')).toEqual(
      [
        'public.my_resident_data(): everything held about them own',
        'public.resident_home_points own',
        "public.update_my_offer(uuid, jsonb): the resident's own offer own",
      ].sort(),
    )
    expect(byRole('admin')).toContain('public.resident_home_points another')
  })

  it('gives builders the coarsened area only: the area point is not the home, and no home point row', async () => {
    const homes = await tryAs(m.db, m.actors.builder, {
      sql: 'select * from public.resident_home_points',
    })
    expect(homes).toEqual({ outcome: 'ok', rows: [] })
    const queue = await tryAs<{
      display_name: string
      area_lng: number
      area_lat: number
      postcode_sector: string
    }>(m.db, m.actors.builder, {
      sql: `select display_name, area_lng, area_lat, postcode_sector from public.list_offers_for_review()
              where display_name like 'Matrix %' order by display_name`,
    })
    expect(queue.rows).toEqual([
      { display_name: 'Matrix others', area_lng: 0.5, area_lat: 51.75, postcode_sector: 'CM1 1' },
      { display_name: 'Matrix own', area_lng: 0.5, area_lat: 51.75, postcode_sector: 'CM1 1' },
      { display_name: 'Matrix unlinked', area_lng: 0.5, area_lat: 51.75, postcode_sector: 'CM1 1' },
    ])
  })

  it('would catch a view that showed builders the home points', async () => {
    const { sightings } = await inRolledBackTransaction(async (tx) => {
      await tx.exec(`
        create view public.scratch_offer_homes with (security_invoker = false) as
          select r.display_name, h.point from public.residents r
          join public.resident_home_points h using (resident_id);
        grant select on public.scratch_offer_homes to authenticated;`)
      const secrets = (await collectSecrets(tx)).filter((s) =>
        s.what.startsWith('private location'),
      )
      const { sources } = await listSources(tx, POLICY_MATRIX, m.users)
      const scratch = sources.filter((source) => source.name === 'public.scratch_offer_homes')
      return findSightings(tx, m.actors, scratch, secrets)
    })
    expect(new Set(sightings.map((s) => s.role))).toEqual(
      new Set([
        'no_role',
        'resident',
        'builder',
        'lead',
        'coordinator',
        'partner',
        'safeguarding',
        'admin',
      ]),
    )
  })
})
