import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROGRAMME_ROLES } from '../security/matrix-roles'
import {
  CREATE_ASSET,
  createAssetParams,
  IN_WEST,
  as,
  addSquareWards,
} from '../support/asset-fixtures'
import { commitAs } from '../support/commit-as'
import {
  createAccount,
  offer,
  residentIdsNamed,
  runAs,
  writeTestRegion,
  type SignedIn,
} from '../support/resident-fixtures'
import {
  createOtherProgramme,
  createUser,
  ESSEX_PROGRAMME_ID,
  openTestDatabase,
  queryAs,
  type TestDatabase,
} from '../support/test-database'

// The attack: a person whose only memberships are in another programme (every role there) reads
// this programme's residents, their home points and contacts, and its refuges. Every right
// follows its programme, so they read what a signed-in person with no role reads: nothing private.
let db: TestDatabase
let intruder: SignedIn
let noRole: SignedIn
let builder: SignedIn
let asha: string

/** What a person can read of this programme's private rows, table by table and function by function. */
const PROBES: Record<string, string> = {
  residents: 'select count(*) from public.residents',
  'resident contacts': 'select count(*) from public.resident_contacts',
  'home points': 'select count(*) from public.resident_home_points',
  gifts: 'select count(*) from public.resident_gifts',
  consents: 'select count(*) from public.resident_consents',
  preferences: 'select count(*) from public.resident_offer_preferences',
  'pending or sensitive assets':
    "select count(*) from public.assets where is_sensitive or status <> 'approved'",
  'asset contacts': 'select count(*) from public.asset_contacts',
  'sensitive places in asset_list': 'select count(*) from public.asset_list where is_sensitive',
  workshops: 'select count(*) from public.workshops',
  // The intruder's own programme has audit rows of its own (their memberships); only this
  // programme's rows, and rows of no programme, are this programme's to keep.
  'audit log': `select count(*) from public.audit_log
    where programme_id is null or programme_id = '${ESSEX_PROGRAMME_ID}'`,
  'others’ memberships':
    'select count(*) from public.memberships where user_id <> (select auth.uid())',
  'residents shared with partners': 'select count(*) from public.residents_shared_with_partners()',
  'people listed with roles':
    'select count(*) from public.admin_list_members() where user_id <> (select auth.uid())',
  'duplicate candidates': 'select count(*) from public.list_duplicate_candidates()',
  'offers for review': 'select count(*) from public.list_offers_for_review()',
}

async function readable(who: SignedIn): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [name, sql] of Object.entries(PROBES)) {
    try {
      const rows = await runAs<{ count: string }>(db, who, sql)
      counts[name] = Number(rows[0]?.count ?? 0)
    } catch {
      // Refused outright: nothing read.
      counts[name] = 0
    }
  }
  return counts
}

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  await addSquareWards(db)
  const elsewhere = await createOtherProgramme(db)
  intruder = await createAccount(db, 'intruder@example.test')
  for (const role of PROGRAMME_ROLES) {
    await db.admin.query(
      `insert into public.memberships (programme_id, user_id, role) values ($1, $2, $3)`,
      [elsewhere, intruder.userId, role],
    )
  }
  noRole = await createAccount(db, 'nobody@example.test')
  builder = { userId: await createUser(db, ['builder']), email: 'builder@example.test' }
  const safeguarding = await createUser(db, ['safeguarding'])

  for (const [name, postcode] of [
    ['Asha North', 'YY1 1AB'],
    ['Zed South', 'YY9 9AA'],
  ] as const) {
    await runAs(
      db,
      builder,
      `select public.record_resident_offer($1::jsonb, 'paper') as id`,
      [JSON.stringify(offer({ display_name: name, postcode, consents: ['share_with_partners'] }))],
      { commit: true },
    )
  }
  ;[asha] = (await residentIdsNamed(db, 'Asha North')) as [string]
  await commitAs(
    db,
    as(safeguarding),
    CREATE_ASSET,
    createAssetParams({ name: 'Refuge', isSensitive: true, lngLat: IN_WEST }),
  )
  await commitAs(db, as(builder.userId), CREATE_ASSET, createAssetParams({ name: 'Library' }))
  await commitAs(db, as(builder.userId), CREATE_ASSET, createAssetParams({ name: 'Library hall' }))
})
afterAll(() => db?.close())

describe('roles held in another programme', () => {
  it('probe rows that this programme’s own administrator does read (the probes work)', async () => {
    const admin = { userId: await createUser(db, ['admin']), email: 'admin@example.test' }
    const counts = await readable(admin)
    for (const probe of ['residents', 'home points', 'resident contacts', 'offers for review']) {
      expect(counts[probe], probe).toBeGreaterThanOrEqual(2)
    }
    expect(counts['sensitive places in asset_list']).toBe(1)
    expect(counts['duplicate candidates']).toBeGreaterThanOrEqual(1)
  })

  it('read no more of this programme than a signed-in person with no role', async () => {
    const byIntruder = await readable(intruder)
    const byNobody = await readable(noRole)
    const extra =
      Object.values(byIntruder).reduce((sum, n) => sum + n, 0) -
      Object.values(byNobody).reduce((sum, n) => sum + n, 0)
    console.log(`rows of another programme readable: ${extra}`)
    expect(byIntruder).toEqual(byNobody)
  })

  it('cannot review, erase or link this programme’s residents', async () => {
    const attempts = [
      ["select * from public.review_resident_offer($1, 'rejected', 'spam')", [asha]],
      ['select public.erase_resident($1)', [asha]],
    ] as const
    for (const [sql, params] of attempts) {
      await expect(runAs(db, intruder, sql, params, { commit: true })).rejects.toThrow()
    }
    expect(await residentIdsNamed(db, 'Asha North')).toEqual([asha])
  })
})

describe('a partner limited to districts', () => {
  it('sees the residents who agreed to share in those districts only', async () => {
    const partner = await createUser(db, [])
    await db.admin.query(
      `insert into public.memberships (programme_id, user_id, role, scopes)
       values ('00000000-0000-4000-8000-000000000001', $1, 'partner', '{E07990101}')`,
      [partner],
    )
    const rows = await queryAs<{ display_name: string }>(
      db,
      as(partner),
      'select display_name from public.residents_shared_with_partners()',
    )
    expect(rows.map((row) => row.display_name)).toEqual(['Asha North'])
  })
})
