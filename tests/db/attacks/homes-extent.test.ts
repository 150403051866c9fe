import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createUser,
  openTestDatabase,
  queryAs,
  type Actor,
  type TestDatabase,
} from '../support/test-database'

// Attack (issue 12): PostGIS's readers of planner statistics answer about rows that Row Level
// Security hides. As anon, st_estimatedextent('public', 'resident_home_points', 'point') gave the
// bounding box of every home (its corners are the extreme homes, exactly) and _postgis_stats their
// number. Each reader is called here as PostgREST would call it, by anon and by a signed-in
// builder (who may read no home point either), after `analyze` has gathered the statistics.
let db: TestDatabase
let builder: Actor
let readable = 0

/** Home points [lng, lat], far enough apart that the extent would name the outermost ones. */
const HOMES: readonly [number, number][] = [
  [0.401, 51.701],
  [0.413, 51.709],
  [0.409, 51.713],
]

beforeAll(async () => {
  db = await openTestDatabase()
  builder = { role: 'authenticated', userId: await createUser(db, ['builder']) }
  for (const [index, [lng, lat]] of HOMES.entries()) {
    await db.admin.query(
      `with resident as (
         insert into public.residents (display_name) values ($1) returning resident_id)
       insert into public.resident_home_points (resident_id, point, postcode)
       select resident_id, extensions.st_setsrid(extensions.st_makepoint($2, $3), 4326), $4
       from resident`,
      [`Resident ${index + 1}`, lng, lat, `YY1 1A${'BDE'[index]}`],
    )
  }
  await db.admin.query('analyze public.resident_home_points')
})
afterAll(async () => {
  console.log(`homes' extent readable by API roles: ${readable}`)
  await db?.close()
})

const TABLE = `'public.resident_home_points'::regclass`
const AROUND_HOMES = 'extensions.st_makeenvelope(0.40, 51.70, 0.42, 51.72, 4326)'

const readers: { reader: string; sql: string }[] = [
  {
    reader: 'st_estimatedextent(schema, table, column)',
    sql: `select extensions.st_estimatedextent('public', 'resident_home_points', 'point')::text as answer`,
  },
  {
    reader: 'st_estimatedextent(schema, table, column, only parent)',
    sql: `select extensions.st_estimatedextent('public', 'resident_home_points', 'point', true)::text as answer`,
  },
  {
    reader: 'st_estimatedextent(table, column)',
    sql: `select extensions.st_estimatedextent('resident_home_points', 'point')::text as answer`,
  },
  {
    reader: '_postgis_stats',
    sql: `select extensions._postgis_stats(${TABLE}, 'point')::text as answer`,
  },
  {
    reader: '_postgis_index_extent',
    sql: `select extensions._postgis_index_extent(${TABLE}, 'point')::text as answer`,
  },
  {
    reader: '_postgis_selectivity',
    sql: `select extensions._postgis_selectivity(${TABLE}, 'point', ${AROUND_HOMES})::text as answer`,
  },
  {
    reader: '_postgis_join_selectivity',
    sql: `select extensions._postgis_join_selectivity(${TABLE}, 'point', ${TABLE}, 'point')::text as answer`,
  },
]

/** The reader's answer to `actor`, or the database's refusal; counts every answer. */
async function attempt(actor: Actor, sql: string) {
  try {
    const [row] = await queryAs<{ answer: string | null }>(db, actor, sql)
    readable += 1
    return { answer: row?.answer ?? null }
  } catch (error) {
    return { refused: (error as Error).message }
  }
}

const refused = { refused: expect.stringMatching(/permission denied for function/) }

describe("the homes' extent through PostGIS's statistics", () => {
  it('is there to read for the owner once analysed (so a refusal below is the grant at work)', async () => {
    const [row] = await db.admin.query<{ extent: string }>(
      `select extensions.st_estimatedextent('public', 'resident_home_points', 'point')::text as extent`,
    )
    expect(row?.extent).toMatch(/^BOX\(0\.40\d* 51\.70\d*,0\.41\d* 51\.71\d*\)$/)
  })

  it.each(readers)('is refused to anon through $reader', async ({ sql }) => {
    expect(await attempt({ role: 'anon' }, sql)).toEqual(refused)
  })

  it.each(readers)('is refused to a signed-in builder through $reader', async ({ sql }) => {
    expect(await attempt(builder, sql)).toEqual(refused)
  })
})
