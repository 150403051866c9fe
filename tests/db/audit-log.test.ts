import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDataPort, sqlDataPort } from '../../src/db/pglite/local-data-port'
import { commitAs } from './support/commit-as'
import { testLocalDatabase } from './support/listen'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from './support/test-database'

// The audit log: every write to audited tables and every export, with actor, action, row id,
// changed column names and time, never values; admins read it, nobody changes it.
let db: TestDatabase
let builder: string
let admin: string

const createAsset = 'select * from public.create_asset($1, $2, $3, $4, $5, $6)'

beforeAll(async () => {
  db = await openTestDatabase()
  builder = await createUser(db, ['builder'])
  admin = await createUser(db, ['admin'])
  await db.admin.query(
    `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom)
     values ('E05990001', 'Square', 'E07990001', 'Test', 1000,
       extensions.st_multi(extensions.st_makeenvelope(0, 51, 1, 52, 4326)))`,
  )
})
afterAll(() => db.close())

const as = (userId: string) => ({ role: 'authenticated' as const, userId })

interface Entry {
  actor_id: string | null
  action: string
  table_name: string
  row_id: string | null
  changed_columns: string[]
  row_count: number | null
}

const entriesFor = (rowId: string) =>
  db.admin.query<Entry>(
    `select actor_id, action, table_name, row_id, changed_columns, row_count
     from public.audit_log where row_id = $1 order by occurred_at`,
    [rowId],
  )

/** Every audit entry as text, to look for values that must never be there. */
const wholeLogText = async () =>
  (
    await db.admin.query<{ text: string }>(
      `select coalesce(string_agg(a::text, ' '), '') as text from public.audit_log a`,
    )
  )[0]!.text

async function addAsset(name: string): Promise<string> {
  const [asset] = await commitAs<{ asset_id: string }>(db, as(builder), createAsset, [
    randomUUID(),
    name,
    'cultural',
    '',
    0.5,
    51.5,
  ])
  return asset!.asset_id
}

describe('audit log', () => {
  it('records an insert with its actor, row id and the columns it set', async () => {
    const assetId = await addAsset('Museum')
    const [entry] = await entriesFor(assetId)
    expect(entry).toMatchObject({
      actor_id: builder,
      action: 'insert',
      table_name: 'public.assets',
      row_id: assetId,
    })
    expect(entry!.changed_columns).toEqual(expect.arrayContaining(['name', 'point', 'status']))
  })

  it('records the names of the columns an update changed, never their old or new values', async () => {
    const assetId = await addAsset('Old Mill Tearoom')
    await commitAs(db, as(builder), 'select from public.update_asset($1, 1, $2::jsonb)', [
      assetId,
      JSON.stringify({ name: 'Riverside Bakehouse' }),
    ])
    const update = (await entriesFor(assetId)).find((entry) => entry.action === 'update')
    expect(update?.changed_columns).toContain('name')
    expect(update?.changed_columns).not.toContain('description')
    const log = await wholeLogText()
    expect(log).not.toContain('Old Mill Tearoom')
    expect(log).not.toContain('Riverside Bakehouse')
  })

  it('records a role granted and revoked, by whom', async () => {
    const person = await createUser(db)
    const [membership] = await commitAs<{ membership_id: string }>(
      db,
      as(admin),
      `insert into public.memberships (programme_id, user_id, role)
       values ('00000000-0000-4000-8000-000000000001', $1, 'lead') returning membership_id`,
      [person],
    )
    await commitAs(db, as(admin), 'delete from public.memberships where membership_id = $1', [
      membership!.membership_id,
    ])
    const entries = await entriesFor(membership!.membership_id)
    expect(entries.map((entry) => [entry.action, entry.actor_id])).toEqual([
      ['insert', admin],
      ['delete', admin],
    ])
  })

  it('records an export with its row count, for the person who made it', async () => {
    const [row] = await commitAs<{ audit_id: string }>(
      db,
      as(builder),
      `select public.record_export('asset_list', 42) as audit_id`,
    )
    const [entry] = await db.admin.query<Entry>(
      `select actor_id, action, table_name, row_id, changed_columns, row_count
       from public.audit_log where audit_id = $1`,
      [row!.audit_id],
    )
    expect(entry).toEqual({
      actor_id: builder,
      action: 'export',
      table_name: 'public.asset_list',
      row_id: null,
      changed_columns: [],
      row_count: 42,
    })
  })

  it("records a lead's download of the gap analysis as ward rows, through either adapter's port", async () => {
    const lead = await createUser(db, ['lead'])
    const actor = { userId: lead, email: `${lead}@example.test` }
    const port = db.pglite
      ? localDataPort(db.pglite, () => actor)
      : sqlDataPort(testLocalDatabase(db), () => actor)
    await port.exports.recordWards(257)
    const entries = await db.admin.query<Entry>(
      `select actor_id, action, table_name, row_id, changed_columns, row_count
       from public.audit_log where actor_id = $1`,
      [lead],
    )
    expect(entries).toEqual([
      {
        actor_id: lead,
        action: 'export',
        table_name: 'public.wards',
        row_id: null,
        changed_columns: [],
        row_count: 257,
      },
    ])
  })

  it("records a builder's download of the asset list, through either adapter's port", async () => {
    const listBuilder = await createUser(db, ['builder'])
    const actor = { userId: listBuilder, email: `${listBuilder}@example.test` }
    const port = db.pglite
      ? localDataPort(db.pglite, () => actor)
      : sqlDataPort(testLocalDatabase(db), () => actor)
    await port.exports.recordAssetList(12)
    const entries = await db.admin.query<Entry>(
      `select actor_id, action, table_name, row_id, changed_columns, row_count
       from public.audit_log where actor_id = $1`,
      [listBuilder],
    )
    expect(entries).toEqual([
      {
        actor_id: listBuilder,
        action: 'export',
        table_name: 'public.asset_list',
        row_id: null,
        changed_columns: [],
        row_count: 12,
      },
    ])
  })

  it('refuses to record an export of something that does not exist', async () => {
    await expect(
      queryAs(db, as(builder), `select public.record_export('residents_secret', 1)`),
    ).rejects.toThrow(/There is no table or view called residents_secret to export/)
  })

  it('refuses writes to the log by anon, signed-in people (admins too) and the service role', async () => {
    const refusals: string[] = []
    for (const [role, claims] of [
      ['anon', { role: 'anon' }],
      ['authenticated', { role: 'authenticated', sub: admin }],
      ['service_role', { role: 'service_role' }],
    ] as const) {
      for (const sql of [
        `insert into public.audit_log (action, table_name) values ('export', 'public.assets')`,
        `update public.audit_log set changed_columns = '{}'`,
        `delete from public.audit_log`,
        `truncate public.audit_log`,
      ]) {
        const rollback = new Error('rollback')
        await db.admin
          .transaction(async (tx) => {
            await tx.query(`select set_config('role', $1, true)`, [role])
            await tx.query(`select set_config('request.jwt.claims', $1, true)`, [
              JSON.stringify(claims),
            ])
            await tx.query(sql)
            throw rollback
          })
          .catch((error: Error) => {
            if (error !== rollback) refusals.push(`${role}: ${error.message}`)
          })
      }
    }
    expect(refusals).toHaveLength(12)
    for (const refusal of refusals) expect(refusal).toMatch(/permission denied for table audit_log/)
  })

  it('refuses updates, deletes and truncation even by its owner', async () => {
    await addAsset('Bandstand')
    for (const sql of [
      `update public.audit_log set changed_columns = '{}'`,
      `delete from public.audit_log`,
      `truncate public.audit_log`,
    ]) {
      await expect(db.admin.query(sql)).rejects.toThrow(/The audit log is append-only/)
    }
  })

  it('keeps every entry and holds nothing personal after a person is erased', async () => {
    const person = await createUser(db, ['resident'])
    const email = `${person}@example.test`
    const [asset] = await commitAs<{ asset_id: string }>(db, as(person), createAsset, [
      randomUUID(),
      'Knitting circle',
      'association',
      'Meets at 14 Acacia Avenue',
      0.5,
      51.5,
    ])
    const before = await db.admin.query<{ n: number }>(
      'select count(*)::int as n from public.audit_log',
    )
    // Erasure as the future erasure RPC will do it: the person's account goes, and with it their
    // memberships (cascade); their submission is removed.
    await db.admin.query('delete from public.assets where asset_id = $1', [asset!.asset_id])
    await db.admin.query('delete from auth.users where id = $1', [person])
    const after = await db.admin.query<{ n: number }>(
      'select count(*)::int as n from public.audit_log',
    )
    const log = await wholeLogText()
    expect(after[0]!.n).toBeGreaterThan(before[0]!.n)
    for (const value of [email, 'Knitting circle', 'Acacia Avenue']) {
      expect(log).not.toContain(value)
    }
  })
})
