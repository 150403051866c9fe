import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createUser,
  essexRegion,
  openTestDatabase,
  type TestDatabase,
} from '../support/test-database'
import { offer, runAs, type SignedIn } from '../support/resident-fixtures'

// Issue 12, step 1: nothing a function returns may reveal more about a resident's home than the
// builder may read directly, which is the postcode sector (and its ward). The attacker here is a
// builder (any number of builder accounts, so no per-person rate limit helps) who knows a
// resident's name, sector and ward from the review queue, and probes adaptively through every
// function a builder may call that answers about residents' places: matching by distance from a
// place of their choosing, and the review queue's duplicate flags on offers they record under the
// resident's name at postcodes of their choosing. (Finding people to link answers the name and
// ward, and the public counts are per ward: the same for every postcode of this one-ward sector.)
//
// The candidate set is measured, not modelled: every postcode of the sector holds a "twin" of the
// resident (same name, same answers, one twin per postcode), and a postcode stays a candidate
// while its twin got every answer the resident got. The resident is the twin at one of them.
// Real Essex postcodes: sector SS4 2 has 66 postcodes, all in one ward, spread over about 6 km.
const SECTOR = 'SS4 2'
const NAME = 'Vera Lane'
const PROBES = 200

let db: TestDatabase
let twins: Map<string, string>
let victimPostcode: string

beforeAll(async () => {
  db = await openTestDatabase({ region: essexRegion() })
  const postcodes = await db.admin.query<{ postcode: string }>(
    `select postcode from public.postcodes where left(postcode, -2) = $1 order by postcode`,
    [SECTOR],
  )
  twins = new Map()
  let recorder = await builder()
  for (const [index, { postcode }] of postcodes.entries()) {
    if (index % 25 === 24) recorder = await builder()
    const [row] = await runAs<{ id: string }>(
      db,
      recorder,
      `select public.record_resident_offer($1::jsonb, 'verbal') as id`,
      [JSON.stringify(offer({ display_name: NAME, postcode, consents: ['contact_by_builder'] }))],
      { commit: true },
    )
    twins.set(postcode, row!.id)
  }
  victimPostcode = postcodes[Math.floor(postcodes.length / 3)]!.postcode
}, 600_000)
afterAll(() => db.close())

async function builder(): Promise<SignedIn> {
  const userId = await createUser(db, ['builder'])
  return { userId, email: `${userId}@example.test` }
}

/** A place chosen to split the candidates best by the bands (under 1 km, 1–3 km, over 3 km, not listed). */
async function bestMatchPlace(alive: string[]): Promise<[number, number]> {
  const [row] = await db.admin.query<{ lng: number; lat: number }>(
    `with c as (select array_agg(p.point) as points from public.postcodes p where p.postcode = any ($1)),
     options as (
       select extensions.st_project(
           c.points[1 + floor(random() * cardinality(c.points))::integer]::extensions.geography,
           (case when i % 2 = 0 then 1000 else 3000 end) + (random() - 0.5) * 600,
           random() * 2 * pi())::extensions.geometry as place
       from c, generate_series(1, 40) i
     )
     select extensions.st_x(o.place) as lng, extensions.st_y(o.place) as lat
     from options o
     where exists (select 1 from public.wards w where extensions.st_covers(w.geom, o.place))
     order by (
       select max(s.k) from (
         select count(*) as k from public.postcodes p where p.postcode = any ($1)
         group by case
           when extensions.st_dwithin(p.point::extensions.geography, o.place::extensions.geography, 1000, false) then 1
           when extensions.st_dwithin(p.point::extensions.geography, o.place::extensions.geography, 3000, false) then 2
           when extensions.st_dwithin(p.point::extensions.geography, o.place::extensions.geography, 20000, false) then 3
           else 4 end) s), random()
     limit 1`,
    [alive],
  )
  return [row!.lng, row!.lat]
}

/** A postcode whose 1 km circle splits the candidates best (as "same name nearby" did). */
async function bestProbePostcode(alive: string[]): Promise<string> {
  const [row] = await db.admin.query<{ postcode: string }>(
    `with c as (select p.point from public.postcodes p where p.postcode = any ($1)),
     centre as (select extensions.st_centroid(extensions.st_collect(c.point)) as point from c),
     options as (
       select q.postcode, q.point from public.postcodes q, centre
       -- The box first (0.05° is over 3 km here), by the postcodes' index.
       where q.point operator(extensions.&&) extensions.st_expand(centre.point, 0.05)
         and extensions.st_dwithin(q.point::extensions.geography, centre.point::extensions.geography, 3000, false)
       order by random() limit 120
     )
     select o.postcode from options o
     order by abs((select count(*) filter (
         where extensions.st_dwithin(c.point::extensions.geography, o.point::extensions.geography, 1000, false))
       from c) - cardinality($1::text[]) / 2.0), random()
     limit 1`,
    [alive],
  )
  return row!.postcode
}

/** Keeps the candidates whose twin got the answer the resident got. */
function narrow(alive: string[], answerOf: (residentId: string) => string): string[] {
  const seen = answerOf(twins.get(victimPostcode)!)
  return alive.filter((postcode) => answerOf(twins.get(postcode)!) === seen)
}

describe('probing a home through every function a builder may call', () => {
  it(`leaves the whole sector as candidates after ${PROBES} adaptive probes`, async () => {
    let alive = [...twins.keys()]
    let attacker = await builder()

    // What the queue shows of each offer's place: the same for every postcode of the sector.
    const shown = await runAs<Record<string, unknown>>(
      db,
      attacker,
      `select resident_id, ward_code, postcode_sector, area_lng, area_lat
       from public.list_offers_for_review('approved') where display_name = $1`,
      [NAME],
    )
    const place = new Map(
      shown.map(({ resident_id, ...rest }) => [resident_id, JSON.stringify(rest)]),
    )
    alive = narrow(alive, (id) => place.get(id) ?? 'not shown')

    for (let probe = 0; probe < PROBES; probe += 1) {
      // At most 25 matches per builder account: the hourly limit of one account is no defence.
      if (probe % 25 === 24) attacker = await builder()
      if (probe % 2 === 0) {
        const [lng, lat] = await bestMatchPlace(alive)
        const rows = await runAs<{ resident_id: string; distance_band: string }>(
          db,
          attacker,
          `select resident_id, distance_band from public.match_residents_by_distance($1, $2)`,
          [lng, lat],
          { commit: true },
        )
        const band = new Map(rows.map((row) => [row.resident_id, row.distance_band]))
        alive = narrow(alive, (id) => band.get(id) ?? 'not listed')
      } else {
        const postcode = await bestProbePostcode(alive)
        const [recorded] = await runAs<{ id: string }>(
          db,
          attacker,
          `select public.record_resident_offer($1::jsonb, 'verbal') as id`,
          [JSON.stringify(offer({ display_name: NAME, postcode, consents: [] }))],
          { commit: true },
        )
        // Rejected at once, so that the queue lists it apart from the twins.
        await runAs(
          db,
          attacker,
          `select * from public.review_resident_offer($1, 'rejected', 'Entered by mistake')`,
          [recorded!.id],
          { commit: true },
        )
        const [row] = await runAs<{ duplicates: { resident_id: string; reason: string }[] }>(
          db,
          attacker,
          `select duplicates from public.list_offers_for_review('rejected') where resident_id = $1`,
          [recorded!.id],
        )
        const flag = new Map(row!.duplicates.map((d) => [d.resident_id, d.reason]))
        alive = narrow(alive, (id) => flag.get(id) ?? 'not flagged')
        // Read, the probe is of no more use; removed (by the test, as the owner) so that the
        // queue does not grow with every probe and the test stays quick.
        await db.admin.query('delete from public.residents where resident_id = $1', [recorded!.id])
      }
    }

    console.log(
      `candidate postcodes after ${PROBES} probes: ${alive.length} of ${twins.size} in the sector`,
    )
    expect(alive).toContain(victimPostcode)
    expect(alive).toHaveLength(twins.size)
  }, 900_000)
})
