import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'
import { offer, runAs, writeTestRegion, type SignedIn } from './support/resident-fixtures'

// Bands alone would let someone find a home by matching from many places and watching where a
// resident changes band; so each match is audit-logged (the ward of the place, never the place),
// each person may match 30 times an hour, and only from a place inside the region.
let db: TestDatabase
let recorder: SignedIn

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  recorder = await builderAccount('recorder')
  await runAs(
    db,
    recorder,
    `select public.record_resident_offer($1::jsonb, 'verbal')`,
    [JSON.stringify(offer({ display_name: 'Nia Near', postcode: 'YY1 1AB' }))],
    { commit: true },
  )
})
afterAll(() => db.close())

async function builderAccount(name: string): Promise<SignedIn> {
  return { userId: await createUser(db, ['builder']), email: `${name}@example.test` }
}

/** One match as `who`, kept (committed) as the app's would be; its rows, or the refusal. */
async function match(who: SignedIn, lng = 0.405, lat = 51.703) {
  return runAs<{ display_name: string; distance_band: string }>(
    db,
    who,
    `select display_name, distance_band from public.match_residents_by_distance($1, $2)`,
    [lng, lat],
    { commit: true },
  ).then(
    (rows) => ({ rows, error: null }),
    (error: { code?: string; message: string }) => ({ rows: null, error }),
  )
}

const matchEntries = (who: SignedIn) =>
  db.admin.query<Record<string, unknown>>(
    `select to_jsonb(a) - 'audit_id' - 'entry_number' - 'occurred_at' as entry, to_jsonb(a)::text as text
     from public.audit_log a where a.actor_id = $1 and a.action = 'match' order by a.occurred_at`,
    [who.userId],
  )

describe('matching residents to a place', () => {
  it('records each match in the audit log: who, when, how many residents and the ward, never the place', async () => {
    const builder = await builderAccount('auditee')
    const { rows, error } = await match(builder, 0.40512, 51.70387)
    expect(error).toBeNull()
    expect(rows).toEqual([{ display_name: 'Nia Near', distance_band: 'under 1 km' }])
    const entries = await matchEntries(builder)
    expect(entries.map((e) => e.entry)).toEqual([
      {
        actor_id: builder.userId,
        action: 'match',
        table_name: 'public.residents',
        row_id: null,
        changed_columns: [],
        row_count: 1,
        place_ward_code: 'E05990101',
        // The place's programme: none here, as no programme lists the test wards' authority.
        programme_id: null,
      },
    ])
    expect(entries[0]!.text).not.toMatch(/0\.405|51\.703/)
  })

  it("refuses a builder's 31st match within an hour (P0429), while another builder can still match", async () => {
    const busy = await builderAccount('busy')
    for (let i = 0; i < 30; i += 1) {
      const { error } = await match(busy, 0.401 + i * 0.0005, 51.705)
      expect(error).toBeNull()
    }
    const refused = await match(busy, 0.416, 51.705)
    expect(refused.error?.code).toBe('P0429')
    expect(refused.error?.message).toMatch(/matched residents 30 times in the last hour/)
    expect(await matchEntries(busy)).toHaveLength(30)

    const other = await builderAccount('other')
    expect((await match(other)).rows).toEqual([
      { display_name: 'Nia Near', distance_band: 'under 1 km' },
    ])
  })

  it('counts only the last hour: matches made earlier do not hold a builder back', async () => {
    const yesterday = await builderAccount('yesterday')
    await db.admin.query(
      `insert into public.audit_log (occurred_at, actor_id, action, table_name, row_count, place_ward_code)
       select now() - interval '61 minutes', $1, 'match', 'public.residents', 0, 'E05990101'
       from generate_series(1, 30)`,
      [yesterday.userId],
    )
    expect((await match(yesterday)).error).toBeNull()
  })

  it('refuses a place outside the region, and records nothing', async () => {
    const builder = await builderAccount('outsider')
    const { error } = await match(builder, 0.3, 51.703)
    expect(error?.code).toBe('22023')
    expect(error?.message).toMatch(/outside the region/)
    expect(await matchEntries(builder)).toEqual([])
  })
})
