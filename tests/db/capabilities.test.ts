import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAPABILITIES } from '../../src/core/session/capability'
import { as } from './support/asset-fixtures'
import {
  createOtherProgramme,
  createUser,
  openTestDatabase,
  queryAs,
  type TestDatabase,
} from './support/test-database'

// Each permission once: private.capabilities names what each role may do; the app's list of
// capability names is held equal to it, and my_capabilities() tells a person their own.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db?.close())

describe('capabilities', () => {
  it('names the same capabilities in the app as in the database', async () => {
    const rows = await db.admin.query<{ capability: string }>(
      'select distinct capability from private.capabilities order by capability',
    )
    expect(rows.map((row) => row.capability)).toEqual([...CAPABILITIES].sort())
  })

  it('gives every capability to at least one role and every role but the resident at least one', async () => {
    const roles = await db.admin.query<{ role: string }>(
      `select r::text as role from unnest(enum_range(null::public.app_role)) r
       where not exists (select 1 from private.capabilities c where c.role = r)`,
    )
    expect(roles.map((row) => row.role).sort()).toEqual(['resident'])
  })

  it('tells a person their capabilities per programme, and the public none', async () => {
    const elsewhere = await createOtherProgramme(db)
    const person = await createUser(db, ['lead'])
    await db.admin.query(
      `insert into public.memberships (programme_id, user_id, role, scopes)
       values ($1, $2, 'partner', '{E07000066}')`,
      [elsewhere, person],
    )
    const rows = await queryAs<{
      programme_id: string
      capability: string
      scopes: string[] | null
    }>(
      db,
      as(person),
      'select programme_id::text, capability, scopes from public.my_capabilities()',
    )
    expect(
      rows
        .map(
          (row) =>
            `${row.programme_id === elsewhere ? 'elsewhere' : 'essex'} ${row.capability} ${row.scopes?.join(',') ?? 'all'}`,
        )
        .sort(),
    ).toEqual([
      'elsewhere edit_partner_schemes E07000066',
      'elsewhere read_shared_residents E07000066',
      'elsewhere record_champion_counts E07000066',
      'essex analyse_gaps all',
      'essex review_assets all',
    ])
    expect(await queryAs(db, { role: 'anon' }, 'select * from public.my_capabilities()')).toEqual(
      [],
    )
  })
})
