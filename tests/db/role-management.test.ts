import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  actAs,
  createUser,
  openTestDatabase,
  queryAs,
  type TestDatabase,
} from './support/test-database'

let db: TestDatabase
let admin: string
let builder: string
let newcomer: string

beforeAll(async () => {
  db = await openTestDatabase()
  admin = await createUser(db, ['admin'])
  builder = await createUser(db, ['builder'])
  newcomer = await createUser(db)
})
afterAll(() => db.close())

describe('role management', () => {
  it('lets an admin grant a role by email, and lists the person with it', async () => {
    const members = await actAs(db, { role: 'authenticated', userId: admin }, async (query) => {
      await query(`select public.admin_grant_role($1, 'lead')`, [`${newcomer}@EXAMPLE.test `])
      return query<{ email: string; roles: string[] }>('select * from public.admin_list_members()')
    })
    expect(members).toContainEqual(
      expect.objectContaining({ email: `${newcomer}@example.test`, roles: ['lead'] }),
    )
  })

  it('says plainly when no one has signed in with the email yet', async () => {
    await expect(
      queryAs(
        db,
        { role: 'authenticated', userId: admin },
        `select public.admin_grant_role('nobody@example.test', 'builder')`,
      ),
    ).rejects.toThrow('No one has signed in with nobody@example.test yet')
  })

  it('refuses a builder who tries to grant a role', async () => {
    await expect(
      queryAs(
        db,
        { role: 'authenticated', userId: builder },
        `select public.admin_grant_role($1, 'admin')`,
        [`${builder}@example.test`],
      ),
    ).rejects.toThrow('Only administrators can grant roles.')
  })

  it('records a grant in the audit log without the email', async () => {
    await db.admin.query(`select set_config('request.jwt.claims', $1, false)`, [
      JSON.stringify({ sub: admin, role: 'authenticated' }),
    ])
    await db.admin.query(`select set_config('role', 'authenticated', false)`)
    try {
      await db.admin.query(`select public.admin_grant_role($1, 'partner')`, [
        `${newcomer}@example.test`,
      ])
    } finally {
      await db.admin.query('reset role')
      await db.admin.query(`select set_config('request.jwt.claims', '', false)`)
    }
    const rows = await db.admin.query<{ actor_id: string; row_text: string }>(
      `select actor_id::text, to_jsonb(l)::text as row_text from public.audit_log l
       where table_name = 'public.memberships' and action = 'insert' order by occurred_at desc limit 1`,
    )
    expect(rows[0]?.actor_id).toBe(admin)
    expect(rows[0]?.row_text).not.toContain(newcomer + '@')
  })
})
