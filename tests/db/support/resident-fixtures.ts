// Small hand-made places and people for the residents' tests: square wards in two authorities, a
// postcode sector with enough postcodes to hide a home among them and one with too few, and a
// way to act as a resident signed in by email link (the JWT's email claim).
import { randomUUID } from 'node:crypto'
import type { SqlClient } from '../../../src/db/sql-client'
import type { TestDatabase } from './test-database'

/** A ward as a square of `size` degrees with its south-west corner at [lng, lat]. */
export interface TestWard {
  code: string
  name: string
  ladCode: string
  ladName: string
  /** `[lng, lat]` of the south-west corner. */
  corner: [number, number]
}

export const WARD_SIZE = 0.02

export const TEST_WARDS: readonly TestWard[] = [
  {
    code: 'E05990101',
    name: 'Riverside',
    ladCode: 'E07990101',
    ladName: 'Northvale',
    corner: [0.4, 51.7],
  },
  {
    code: 'E05990102',
    name: 'Hilltop',
    ladCode: 'E07990101',
    ladName: 'Northvale',
    corner: [0.42, 51.7],
  },
  {
    code: 'E05990103',
    name: 'Mill End',
    ladCode: 'E07990101',
    ladName: 'Northvale',
    corner: [0.44, 51.7],
  },
  {
    code: 'E05990104',
    name: 'Harbour',
    ladCode: 'E07990102',
    ladName: 'Southmere',
    corner: [0.4, 51.6],
  },
]

/**
 * Postcodes: sector "YY1 1" has 12 in Riverside (enough for its centroid to stand for it), sector
 * "YY1 2" has 1 in Hilltop (too few: the ward's label point stands for it), "YY1 3" 1 in Mill End,
 * "YY9 9" 1 in Harbour. Real postcodes never start YY.
 */
export function testPostcodes(): { postcode: string; lng: number; lat: number; ward: string }[] {
  const riverside = 'ABDEFGHJLNPQ'.split('').map((letter, index) => ({
    postcode: `YY1 1A${letter}`,
    lng: 0.401 + (index % 4) * 0.004,
    lat: 51.701 + Math.floor(index / 4) * 0.004,
    ward: 'E05990101',
  }))
  return [
    ...riverside,
    { postcode: 'YY1 2AA', lng: 0.431, lat: 51.711, ward: 'E05990102' },
    { postcode: 'YY1 3AA', lng: 0.451, lat: 51.711, ward: 'E05990103' },
    { postcode: 'YY9 9AA', lng: 0.411, lat: 51.611, ward: 'E05990104' },
  ]
}

/** Writes the test wards and postcodes (as the region importer would, as the owner). */
export async function writeTestRegion(client: SqlClient): Promise<void> {
  for (const ward of TEST_WARDS) {
    const [lng, lat] = ward.corner
    await client.query(
      `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom, label_point)
       values ($1, $2, $3, $4, 5000,
         extensions.st_multi(extensions.st_makeenvelope($5, $6, $7, $8, 4326)),
         extensions.st_setsrid(extensions.st_makepoint($9, $10), 4326))`,
      [
        ...[ward.code, ward.name, ward.ladCode, ward.ladName],
        ...[lng, lat, lng + WARD_SIZE, lat + WARD_SIZE, lng + WARD_SIZE / 2, lat + WARD_SIZE / 2],
      ],
    )
  }
  for (const postcode of testPostcodes()) {
    await client.query(
      `insert into public.postcodes (postcode, point, ward_code)
       values ($1, extensions.st_setsrid(extensions.st_makepoint($2, $3), 4326), $4)`,
      [postcode.postcode, postcode.lng, postcode.lat, postcode.ward],
    )
  }
}

/** An offer as the public form sends it; override any answer. */
export function offer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    display_name: 'Sam Fletcher',
    gifts: [
      { kind: 'hands', gift_type: 'gardening', description: '' },
      { kind: 'heart', gift_type: null, description: 'Chatting with people who live alone' },
    ],
    activities: ['one_off', 'time_bank'],
    availability: ['weekend'],
    availability_note: '',
    travel: 'up_to_3_km',
    email: `sam.${randomUUID().slice(0, 8)}@example.test`,
    phone: '',
    preferred_contact: 'email',
    postcode: 'yy1 1ab',
    consents: ['contact_by_builder', 'counted_on_map'],
    wording_version: '2026-11-23',
    ...overrides,
  }
}

/** Claims as Supabase Auth issues them after an email-link sign-in. */
export interface SignedIn {
  userId: string
  email: string
}

/** Creates an account whose (verified) email is `email`, with no role. */
export async function createAccount(db: TestDatabase, email: string): Promise<SignedIn> {
  const userId = randomUUID()
  await db.admin.query('insert into auth.users (id, email) values ($1, $2)', [userId, email])
  return { userId, email }
}

/**
 * Runs one statement as `who`: anon (null), or signed in with the email claim as Supabase puts it
 * in the JWT. `commit` keeps the write; otherwise it is rolled back. `headers` stand for the
 * request headers PostgREST passes (request.headers).
 */
export async function runAs<Row = Record<string, unknown>>(
  db: TestDatabase,
  who: SignedIn | null,
  sql: string,
  params: readonly unknown[] = [],
  options: { commit?: boolean; headers?: Record<string, string> } = {},
): Promise<Row[]> {
  const rollback = new Error('rollback')
  let rows: Row[] = []
  try {
    await db.admin.transaction(async (tx) => {
      const role = who ? 'authenticated' : 'anon'
      await tx.query(`select set_config('role', $1, true)`, [role])
      const claims = who ? { role, sub: who.userId, email: who.email } : { role }
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)])
      if (options.headers) {
        await tx.query(`select set_config('request.headers', $1, true)`, [
          JSON.stringify(options.headers),
        ])
      }
      rows = await tx.query<Row>(sql, params)
      if (!options.commit) throw rollback
    })
  } catch (error) {
    if (error !== rollback) throw error
  }
  return rows
}

let nextAddress = 0

/** Sends an offer from the public form (anon), committed; from a new client address unless given. */
export function submitOffer(
  db: TestDatabase,
  payload: Record<string, unknown>,
  clientIp = `198.51.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`,
) {
  return runAs(
    db,
    null,
    'select public.submit_resident_offer($1::jsonb, $2) as answer',
    [JSON.stringify(payload), clientIp],
    { commit: true },
  )
}

/** The resident ids of the offers whose name is `name` (as the owner sees them). */
export async function residentIdsNamed(db: TestDatabase, name: string): Promise<string[]> {
  const rows = await db.admin.query<{ resident_id: string }>(
    'select resident_id from public.residents where display_name = $1 order by created_at',
    [name],
  )
  return rows.map((row) => row.resident_id)
}
