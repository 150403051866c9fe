import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser, openTestDatabase, queryAs, type TestDatabase } from '../support/test-database'
import {
  addCoordinator,
  addMember,
  balanceOf,
  callAs,
  COLCHESTER,
  outcome,
  record,
  RECORD,
  TENDRING,
} from '../support/time-bank-fixtures'

// Attacks on the time bank ledger: change or delete an entry (as a coordinator, an admin, or the
// database owner), record an exchange between two other members, act in a bank one does not
// coordinate, confirm one's own record, spend another member's hours, and take over someone
// else's exchange id.
let db: TestDatabase
let coordinatorOfColchester: string
let ann: Awaited<ReturnType<typeof addMember>>
let bob: Awaited<ReturnType<typeof addMember>>
let tina: Awaited<ReturnType<typeof addMember>>
let tom: Awaited<ReturnType<typeof addMember>>

beforeAll(async () => {
  db = await openTestDatabase()
  coordinatorOfColchester = await addCoordinator(db, [COLCHESTER])
  ann = await addMember(db, COLCHESTER)
  bob = await addMember(db, COLCHESTER)
  tina = await addMember(db, TENDRING)
  tom = await addMember(db, TENDRING)
  await record(db, coordinatorOfColchester, [ann.memberId], [bob.memberId], 60)
})
afterAll(() => db?.close())

it('nobody changes or deletes a ledger entry: not a coordinator, not an admin, not the owner', async () => {
  const admin = await createUser(db, ['admin'])
  for (const userId of [coordinatorOfColchester, admin]) {
    for (const sql of [
      `update public.time_bank_entries set minutes = minutes * 2`,
      `delete from public.time_bank_entries`,
      `update public.time_bank_accounts set balance_minutes = 6000`,
      `insert into public.time_bank_entries (exchange_id, leg_no, bank_id, programme_id, account_id, minutes)
       select exchange_id, leg_no, bank_id, programme_id, account_id, 600 from public.time_bank_entries limit 1`,
    ]) {
      expect(await outcome(queryAs(db, { role: 'authenticated', userId }, sql))).toBe('42501')
    }
  }
  for (const sql of [
    `update public.time_bank_entries set minutes = minutes * 2`,
    `delete from public.time_bank_entries`,
    `truncate public.time_bank_entries cascade`,
    `update public.time_bank_exchange_legs set minutes = 1`,
  ]) {
    const error = await db.admin
      .query(sql)
      .catch((e: unknown) => e as { code: string; message: string })
    expect(error).toMatchObject({ code: '42501', message: expect.stringMatching(/append-only/) })
  }
  expect(await balanceOf(db, ann.memberId)).toBe(60)
})

it('a member cannot record an exchange between two other members', async () => {
  const carol = await addMember(db, COLCHESTER)
  const id = randomUUID()
  const call = callAs(db, carol.userId, RECORD, [id, [ann.memberId], [bob.memberId], 600, null])
  expect(await outcome(call)).toBe('42501')
  const stored = await db.admin.query(
    `select 1 from public.time_bank_exchanges where exchange_id = $1`,
    [id],
  )
  expect(stored).toEqual([])
})

it('a coordinator scoped to one bank cannot act in another', async () => {
  const tendringExchange = await record(db, tina.userId, [tina.memberId], [tom.memberId], 30)
  const attempts = [
    record(db, coordinatorOfColchester, [tina.memberId], [tom.memberId], 30),
    callAs(db, coordinatorOfColchester, `select * from public.confirm_time_exchange($1)`, [
      tendringExchange.exchange_id,
    ]),
    callAs(db, coordinatorOfColchester, `select * from public.donate_time($1, $2, null, 30)`, [
      randomUUID(),
      tina.memberId,
    ]),
    callAs(db, coordinatorOfColchester, `select * from public.time_bank_statement($1)`, [
      tina.memberId,
    ]),
    callAs(db, coordinatorOfColchester, `select * from public.time_bank_monthly_report($1)`, [
      TENDRING,
    ]),
  ]
  // Not allowed, or (for an exchange they may not see) not found.
  expect(await Promise.all(attempts.map(outcome))).toEqual([
    '42501',
    'P0002',
    '42501',
    '42501',
    '42501',
  ])
  const seen = await queryAs(
    db,
    { role: 'authenticated', userId: coordinatorOfColchester },
    `select bank_id from public.time_bank_account_list where bank_id = $1`,
    [TENDRING],
  )
  expect(seen).toEqual([])
})

it("a member cannot confirm their own record, nor dispute it, nor donate another member's hours", async () => {
  const pending = await record(db, ann.userId, [ann.memberId], [bob.memberId], 45)
  expect(
    await outcome(
      callAs(db, ann.userId, `select * from public.confirm_time_exchange($1)`, [
        pending.exchange_id,
      ]),
    ),
  ).toBe('42501')
  expect(
    await outcome(
      callAs(db, ann.userId, `select * from public.dispute_time_exchange($1, 'no')`, [
        pending.exchange_id,
      ]),
    ),
  ).toBe('42501')
  expect(
    await outcome(
      callAs(db, ann.userId, `select * from public.donate_time($1, $2, $3, 60)`, [
        randomUUID(),
        bob.memberId,
        ann.memberId,
      ]),
    ),
  ).toBe('42501')
})

it("someone else's exchange id cannot be replayed to read or change it", async () => {
  const id = randomUUID()
  await record(db, coordinatorOfColchester, [ann.memberId], [bob.memberId], 15, null, id)
  // Bob sends the very same content under the same id: it is not his call to replay.
  const call = callAs(db, bob.userId, RECORD, [id, [ann.memberId], [bob.memberId], 15, null])
  expect(await outcome(call)).toBe('P0422')
})
