import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAs } from './support/commit-as'
import {
  createPartnerWorld,
  HARBOUR,
  HILLTOP,
  MILL_END,
  NORTHVALE,
  RIVERSIDE,
  saveScheme,
  scheme,
  type PartnerWorld,
} from './support/partner-fixtures'
import { openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// Partners list schemes; the public finds them by theme, ward, postcode and "open now"; the
// coordination view shows overlaps and gaps against each theme's need; supply counts per ward.
let db: TestDatabase
let w: PartnerWorld
const anon = { role: 'anon' } as const
let watchId: string
let patrolId: string

beforeAll(async () => {
  db = await openTestDatabase()
  w = await createPartnerWorld(db)
  // Crime need: Harbour highest, then Mill End.
  await db.admin.query(
    `insert into public.ward_indicators (ward_code, indicator, value, source, year) values
       ($1, 'imd2025_crime_score', 0.1, 'test', 2025), ($2, 'imd2025_crime_score', 0.2, 'test', 2025),
       ($3, 'imd2025_crime_score', 0.9, 'test', 2025), ($4, 'imd2025_crime_score', 1.5, 'test', 2025)`,
    [RIVERSIDE, HILLTOP, MILL_END, HARBOUR],
  )
  // A's scheme covers three wards; B's the whole of Northvale, open every day all day.
  const watch = scheme(w.orgA, { areas: [RIVERSIDE, HILLTOP, MILL_END] })
  watchId = watch.id
  await saveScheme(db, w.partnerA, watch)
  const patrol = scheme(w.orgB, {
    name: 'Faith Patrol',
    audiences: ['young_people'],
    areas: [NORTHVALE],
    schedules: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((byday) => ({
      byday,
      opens_at: '00:00',
      closes_at: '23:59:59.999999',
    })),
  })
  patrolId = patrol.id
  await saveScheme(db, w.partnerB, patrol)
})
afterAll(() => db?.close())

const search = (args: string, params: unknown[] = []) =>
  queryAs<{ scheme_id: string; name: string }>(
    db,
    anon,
    `select scheme_id, name from public.search_directory(${args})`,
    params,
  ).then((rows) => rows.map((row) => row.name))

describe('the partners directory', () => {
  it('lists a saved scheme with its organisation, wards and schedule, and saving it again changes nothing', async () => {
    const again = scheme(w.orgA, { id: watchId, areas: [RIVERSIDE, HILLTOP, MILL_END] })
    const row = await saveScheme(db, w.partnerA, again)
    expect(row).toMatchObject({
      organisation_name: 'Northvale Neighbourhood Watch',
      themes: ['crime_prevention'],
      ward_codes: [RIVERSIDE, HILLTOP, MILL_END],
      can_edit: true,
    })
    const [count] = await db.admin.query<{ n: number }>(
      'select count(*)::int as n from public.schemes where organisation_id = $1',
      [w.orgA],
    )
    expect(count!.n).toBe(1)
    const [patrol] = await queryAs<{
      ward_codes: string[]
      schedules: unknown[]
      can_edit: boolean
    }>(
      db,
      anon,
      'select ward_codes, schedules, can_edit from public.directory_service where scheme_id = $1',
      [patrolId],
    )
    expect(patrol).toMatchObject({ ward_codes: [RIVERSIDE, HILLTOP, MILL_END], can_edit: false })
    expect(patrol!.schedules).toHaveLength(7)
  })

  it('finds schemes by theme, audience, ward, postcode, words and open now', async () => {
    expect(await search(`p_theme => 'crime_prevention'`)).toEqual(['Faith Patrol', 'Street Watch'])
    expect(await search(`p_theme => 'food'`)).toEqual([])
    // A scheme for everyone serves every audience.
    expect(await search(`p_audience => 'older_people'`)).toEqual(['Street Watch'])
    expect(await search(`p_ward_code => $1`, [HARBOUR])).toEqual([])
    expect(await search(`p_postcode => 'yy12aa'`)).toEqual(['Faith Patrol', 'Street Watch'])
    expect(await search(`p_text => 'PATROL'`)).toEqual(['Faith Patrol'])
    expect(await search(`p_open_now => true`)).toEqual(['Faith Patrol'])
    await expect(search(`p_postcode => 'ZZ8 8ZZ'`)).rejects.toMatchObject({ code: 'P0404' })
    await expect(search(`p_postcode => 'not one'`)).rejects.toMatchObject({ code: '22023' })
  })

  it('says when a schedule is open in London time, summer and winter', async () => {
    const openAt = async (at: string) =>
      (
        await db.admin.query<{ open: boolean }>(
          `select private.scheme_open_at($1, $2::timestamptz) as open`,
          [patrolId, at],
        )
      )[0]!.open
    await db.admin.query(
      `update public.scheme_schedules set opens_at = '09:00', closes_at = '17:00' where scheme_id = $1`,
      [patrolId],
    )
    try {
      // 08:30 UTC in July is 09:30 in London; in January it is 08:30.
      expect(await openAt('2026-07-06T08:30:00Z')).toBe(true)
      expect(await openAt('2026-01-05T08:30:00Z')).toBe(false)
      expect(await openAt('2026-01-05T16:59:00Z')).toBe(true)
    } finally {
      await db.admin.query(
        `update public.scheme_schedules set opens_at = '00:00', closes_at = '23:59:59.999999' where scheme_id = $1`,
        [patrolId],
      )
    }
  })

  it('shows overlaps where two schemes of a theme run and gaps where need is high and none do', async () => {
    const rows = await queryAs<{
      ward_code: string
      schemes: number
      status: string
      need_percentile: number
    }>(
      db,
      anon,
      `select ward_code, schemes, status, need_percentile from public.scheme_coverage('crime_prevention')
       where ward_code like 'E0599010%' order by ward_code`,
    )
    expect(rows.map((row) => `${row.ward_code} ${row.schemes} ${row.status}`)).toEqual([
      `${RIVERSIDE} 2 overlap`,
      `${HILLTOP} 2 overlap`,
      `${MILL_END} 2 overlap`,
      `${HARBOUR} 0 gap`,
    ])
    const loneliness = await queryAs<{ status: string; need_value: number | null }>(
      db,
      anon,
      `select status, need_value from public.scheme_coverage('loneliness_isolation') where ward_code = $1`,
      [HARBOUR],
    )
    // A theme without a need measure never shows a gap.
    expect(loneliness).toEqual([{ status: 'none', need_value: null }])
  })

  it('counts supply per ward and stops counting a retired scheme', async () => {
    const supply = async () =>
      Object.fromEntries(
        (
          await queryAs<{ ward_code: string; schemes: number }>(
            db,
            anon,
            `select ward_code, schemes from public.scheme_ward_supply() where ward_code like 'E0599010%'`,
          )
        ).map((row) => [row.ward_code, row.schemes]),
      )
    expect(await supply()).toEqual({ [RIVERSIDE]: 2, [HILLTOP]: 2, [MILL_END]: 2, [HARBOUR]: 0 })
    await commitAs(db, w.partnerB, 'select public.retire_scheme($1)', [patrolId])
    expect(await supply()).toEqual({ [RIVERSIDE]: 1, [HILLTOP]: 1, [MILL_END]: 1, [HARBOUR]: 0 })
    expect(await search(`p_theme => 'crime_prevention'`)).toEqual(['Street Watch'])
  })

  it('records champion counts per ward for partners of its authority', async () => {
    await commitAs(db, w.partnerA, 'select public.record_champion_count($1, 4)', [HARBOUR])
    expect(
      await queryAs(db, anon, 'select ward_name, champions from public.champion_count_list'),
    ).toEqual([{ ward_name: 'Harbour', champions: 4 }])
    await expect(
      queryAs(db, anon, 'select public.record_champion_count($1, 5)', [HARBOUR]),
    ).rejects.toMatchObject({ code: '42501' })
  })
})
