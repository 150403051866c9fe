import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as } from '../support/asset-fixtures'
import { commitAs } from '../support/commit-as'
import {
  createPartnerWorld,
  HARBOUR,
  saveScheme,
  scheme,
  type PartnerWorld,
} from '../support/partner-fixtures'
import {
  createOtherProgramme,
  createUser,
  openTestDatabase,
  queryAs,
  type Actor,
  type TestDatabase,
} from '../support/test-database'

// Attacks on partners' schemes: a partner edits another organisation's scheme; a partner of
// another programme (even one wrongly added to an organisation here) reads more than the public;
// the public writes; and anyone but safeguarding learns where a refuge is from a scheme run there.
let db: TestDatabase
let w: PartnerWorld
let intruder: Actor
const anon = { role: 'anon' } as const
let schemeA: ReturnType<typeof scheme>
let schemeB: ReturnType<typeof scheme>
let refugeScheme: ReturnType<typeof scheme>

beforeAll(async () => {
  db = await openTestDatabase()
  w = await createPartnerWorld(db)
  const elsewhere = await createOtherProgramme(db)
  const intruderId = await createUser(db, ['partner', 'admin', 'safeguarding'], elsewhere)
  intruder = as(intruderId)
  await db.admin.query(
    `insert into public.partner_organisation_people (organisation_id, user_id) values ($1, $2)`,
    [w.orgA, intruderId],
  )
  schemeA = scheme(w.orgA, { areas: ['E05990101'] })
  schemeB = scheme(w.orgB, { name: 'B Food Bank', themes: ['food'], areas: ['E05990102'] })
  await saveScheme(db, w.partnerA, schemeA)
  await saveScheme(db, w.partnerB, schemeB)
  await commitAs(db, w.partnerA, 'select public.retire_scheme($1)', [
    (await saveScheme(db, w.partnerA, scheme(w.orgA, { name: 'Old A' }))).scheme_id,
  ])
  // The refuge's support service: an administrator lists it with the refuge as its only venue.
  refugeScheme = scheme(w.orgA, {
    name: 'Harbour Support',
    themes: ['domestic_abuse'],
    audiences: ['women'],
    venues: [
      { asset_id: w.refuge, public_name: 'Support line', front_door_contact: '0800 000 1111' },
    ],
  })
  await saveScheme(db, w.admin, refugeScheme)
})
afterAll(() => db?.close())

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code,
  )

describe('attacks on partners’ schemes', () => {
  it("a partner of organisation A cannot save, take over or retire B's scheme", async () => {
    const save = (payload: object) =>
      code(
        queryAs(db, w.partnerA, 'select * from public.save_scheme($1::jsonb)', [
          JSON.stringify(payload),
        ]),
      )
    expect(await save({ ...schemeB, name: 'Defaced' })).toBe('42501')
    expect(await save({ ...schemeB, organisation_id: w.orgA })).toBe('42501')
    expect(await save(scheme(w.orgB))).toBe('42501')
    expect(
      await code(queryAs(db, w.partnerA, 'select public.retire_scheme($1)', [schemeB.id])),
    ).toBe('42501')
    expect(
      await code(
        queryAs(
          db,
          w.partnerA,
          `select * from public.save_partner_organisation($1, 'Mine', 'business')`,
          [w.orgB],
        ),
      ),
    ).toBe('42501')
    expect(
      await code(
        queryAs(db, w.partnerA, `select public.add_partner_person($1, 'x@example.test')`, [w.orgA]),
      ),
    ).toBe('42501')
  })

  it("a partner of another programme (even listed as A's person) reads only what the public reads", async () => {
    const reads = [
      'select scheme_id, venues, can_edit from public.directory_service order by scheme_id',
      'select id, status from public.schemes order by id',
      'select * from public.scheme_venues order by scheme_id',
      'select * from public.search_directory() order by scheme_id',
      'select * from public.scheme_ward_supply()',
      'select * from public.my_partner_organisations()',
    ]
    for (const sql of reads) {
      const asIntruder = await code(queryAs(db, intruder, sql)).then(async (outcome) =>
        outcome === 'ok' ? queryAs(db, intruder, sql) : outcome,
      )
      const asPublic = await code(queryAs(db, anon, sql)).then(async (outcome) =>
        outcome === 'ok' ? queryAs(db, anon, sql) : outcome,
      )
      // my_partner_organisations is for the signed in: the public may not call it; the intruder
      // gets nothing. (scheme_coverage lists the wards of the caller's own programmes: theirs.)
      expect(asIntruder, sql).toEqual(sql.includes('my_partner') ? [] : asPublic)
    }
    expect(await code(queryAs(db, intruder, 'select public.retire_scheme($1)', [schemeA.id]))).toBe(
      '42501',
    )
  })

  it('the public writes nothing', async () => {
    const calls = [
      [`select * from public.save_scheme($1::jsonb)`, [JSON.stringify(scheme(w.orgA))]],
      [`select public.retire_scheme($1)`, [schemeA.id]],
      [`select * from public.save_partner_organisation($1, 'Anon', 'community')`, [randomUUID()]],
      [`select * from public.save_scheme_theme('anon_theme', 'Anon')`, []],
      [`select public.record_champion_count($1, 9)`, [HARBOUR]],
      [`select public.remove_partner_person($1, $2)`, [w.orgA, randomUUID()]],
    ] as const
    for (const [sql, params] of calls) {
      expect(await code(queryAs(db, anon, sql, params)), sql).toBe('42501')
    }
  })

  it('a refuge never places a scheme in its ward, nor shows its asset, name or point, but to safeguarding', async () => {
    const [refuge] = await db.admin.query<{ ward_code: string }>(
      'select ward_code from public.assets where asset_id = $1',
      [w.refuge],
    )
    expect(refuge!.ward_code).toBe(HARBOUR)
    const wards = await db.admin.query<{ ward_code: string }>('select ward_code from public.wards')
    const secrets = [w.refuge, 'Harbour Refuge', '0.413579', '51.612468', HARBOUR]
    for (const actor of [anon, w.partnerA, w.partnerB, intruder]) {
      for (const { ward_code } of wards) {
        const found = await queryAs<{ scheme_id: string }>(
          db,
          actor,
          'select scheme_id from public.search_directory(p_ward_code => $1)',
          [ward_code],
        )
        expect(found.map((row) => row.scheme_id)).not.toContain(refugeScheme.id)
      }
      const rows = await queryAs(
        db,
        actor,
        'select * from public.directory_service where scheme_id = $1',
        [refugeScheme.id],
      )
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({
        ward_codes: [],
        venues: [
          {
            asset_id: null,
            name: 'Support line',
            lng: null,
            lat: null,
            ward_code: null,
            sensitive: true,
            front_door_contact: '0800 000 1111',
          },
        ],
      })
      const text = JSON.stringify(rows)
      for (const secret of secrets) expect(text).not.toContain(secret)
      const [harbour] = await queryAs<{ schemes: number }>(
        db,
        actor,
        `select schemes from public.scheme_coverage('domestic_abuse') where ward_code = $1`,
        [HARBOUR],
      )
      // The intruder's coverage lists their own programme's wards, so no Harbour row at all.
      expect(harbour?.schemes ?? 0).toBe(0)
      const [supply] = await queryAs<{ schemes: number }>(
        db,
        actor,
        'select schemes from public.scheme_ward_supply() where ward_code = $1',
        [HARBOUR],
      )
      expect(supply!.schemes).toBe(0)
    }
    const [seen] = await queryAs<{ venues: { asset_id: string; ward_code: string }[] }>(
      db,
      w.safeguarding,
      'select venues from public.directory_service where scheme_id = $1',
      [refugeScheme.id],
    )
    expect(seen!.venues[0]).toMatchObject({ asset_id: w.refuge, ward_code: HARBOUR })
  })

  it('refuses a refuge as a venue without its public name and front-door contact, even from an administrator who sees it', async () => {
    for (const venue of [
      { asset_id: w.refuge, public_name: ' ', front_door_contact: '0800 000 1111' },
      { asset_id: w.refuge, public_name: 'Support line' },
    ]) {
      await expect(
        queryAs(db, w.admin, 'select * from public.save_scheme($1::jsonb)', [
          JSON.stringify(scheme(w.orgA, { venues: [venue] })),
        ]),
      ).rejects.toMatchObject({
        code: '22023',
        message: 'A sensitive place needs a public name and a front-door contact.',
      })
    }
  })

  it("a partner cannot name a refuge as a venue, and saving their scheme keeps the refuge's venue", async () => {
    const withRefuge = scheme(w.orgA, {
      venues: [{ asset_id: w.refuge, public_name: 'Mine', front_door_contact: '1' }],
    })
    expect(
      await code(
        queryAs(db, w.partnerA, 'select * from public.save_scheme($1::jsonb)', [
          JSON.stringify(withRefuge),
        ]),
      ),
    ).toBe('22023')
    const row = await saveScheme(db, w.partnerA, {
      ...refugeScheme,
      name: 'Harbour Support Line',
      venues: [],
    })
    expect(row).toMatchObject({ name: 'Harbour Support Line', venues: [{ name: 'Support line' }] })
  })
})
