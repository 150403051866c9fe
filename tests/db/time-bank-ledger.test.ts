import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'
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
  WEST_ESSEX,
} from './support/time-bank-fixtures'

// The time bank ledger's rules (docs/time-banks.md, "The ledger"), one behaviour per test, on a
// real database: pending until the other party confirms, disputes, limits, idempotent ids, group
// exchanges, donations, exchanges between banks, reversals, erasure, statements and reports.
let db: TestDatabase
let coordinator: string

beforeAll(async () => {
  db = await openTestDatabase()
  coordinator = await addCoordinator(db, null)
  await db.admin.query(
    `insert into public.wards (ward_code, ward_name, lad_code, lad_name, population, geom)
     values ('E05990101', 'Ledger ward', 'E07000071', 'Colchester', 1000,
       extensions.st_multi(extensions.st_makeenvelope(0.8, 51.8, 0.9, 51.9, 4326))),
            ('E05990102', 'Quiet ward', 'E07000071', 'Colchester', 1000,
       extensions.st_multi(extensions.st_makeenvelope(0.9, 51.8, 1.0, 51.9, 4326)))`,
  )
})
afterAll(() => db?.close())

const CONFIRM = `select * from public.confirm_time_exchange($1)`
const STATEMENT = `select * from public.time_bank_statement($1)`

describe('an exchange between two members', () => {
  it('is pending until the other party confirms, then moves the time from receiver to giver', async () => {
    const ann = await addMember(db, COLCHESTER, { name: 'Ann' })
    const bob = await addMember(db, COLCHESTER, { name: 'Bob' })
    const recorded = await record(db, ann.userId, [ann.memberId], [bob.memberId], 90, 'Gardening')
    expect([recorded.status, recorded.recorded_by_me, recorded.awaiting_me]).toEqual([
      'pending',
      true,
      false,
    ])
    expect(await balanceOf(db, bob.memberId)).toBe(0)

    const [waiting] = await callAs(
      db,
      bob.userId,
      `select * from public.time_bank_exchange_list where exchange_id = $1`,
      [recorded.exchange_id],
    )
    expect(waiting!.awaiting_me).toBe(true)
    const [confirmed] = await callAs(db, bob.userId, CONFIRM, [recorded.exchange_id])
    expect(confirmed!.status).toBe('confirmed')
    expect(confirmed!.legs).toEqual([{ giver: 'Ann', receiver: 'Bob', minutes: 90 }])
    expect([await balanceOf(db, ann.memberId), await balanceOf(db, bob.memberId)]).toEqual([
      90, -90,
    ])
  })

  it("shows in both members' statements with the balance after each entry", async () => {
    const ann = await addMember(db, COLCHESTER, { name: 'Ann' })
    const bob = await addMember(db, COLCHESTER, { name: 'Bob' })
    await record(db, coordinator, [ann.memberId], [bob.memberId], 60, 'Shopping')
    await record(db, coordinator, [bob.memberId], [ann.memberId], 15, 'Tea')
    const statement = await callAs<{
      description: string
      counterparty: string
      minutes: string
      balance_after: string
    }>(db, ann.userId, STATEMENT, [ann.memberId])
    expect(
      statement.map((e) => [
        e.description,
        e.counterparty,
        Number(e.minutes),
        Number(e.balance_after),
      ]),
    ).toEqual([
      ['Shopping', 'Bob', 60, 60],
      ['Tea', 'Bob', -15, 45],
    ])
  })

  it('marks the member who records and the one who confirms active', async () => {
    const ann = await addMember(db, COLCHESTER)
    const bob = await addMember(db, COLCHESTER)
    const recorded = await record(db, ann.userId, [ann.memberId], [bob.memberId], 30)
    const activeAfterRecord = await db.admin.query<{ recent: boolean }>(
      `select last_active_at > now() - interval '1 hour' as recent from public.time_bank_members
       where member_id = any ($1::uuid[]) order by member_id = $2 desc`,
      [[ann.memberId, bob.memberId], ann.memberId],
    )
    expect(activeAfterRecord.map((r) => r.recent)).toEqual([true, false])
    await callAs(db, bob.userId, CONFIRM, [recorded.exchange_id])
    const [bobActive] = await db.admin.query<{ recent: boolean }>(
      `select last_active_at > now() - interval '1 hour' as recent from public.time_bank_members where member_id = $1`,
      [bob.memberId],
    )
    expect(bobActive!.recent).toBe(true)
  })

  it('is not confirmed by whoever recorded it', async () => {
    const ann = await addMember(db, COLCHESTER)
    const bob = await addMember(db, COLCHESTER)
    const recorded = await record(db, ann.userId, [ann.memberId], [bob.memberId], 30)
    expect(await outcome(callAs(db, ann.userId, CONFIRM, [recorded.exchange_id]))).toBe('42501')
  })

  it('can be disputed while pending, with a reason, and then cancelled by a coordinator, posting nothing', async () => {
    const ann = await addMember(db, COLCHESTER)
    const bob = await addMember(db, COLCHESTER)
    const recorded = await record(db, ann.userId, [ann.memberId], [bob.memberId], 120)
    const [disputed] = await callAs(
      db,
      bob.userId,
      `select * from public.dispute_time_exchange($1, $2)`,
      [recorded.exchange_id, 'It was one hour'],
    )
    expect([disputed!.status, disputed!.status_reason]).toEqual(['disputed', 'It was one hour'])
    const [cancelled] = await callAs(
      db,
      coordinator,
      `select * from public.cancel_time_exchange($1, $2)`,
      [recorded.exchange_id, 'Agreed to record it again'],
    )
    expect(cancelled!.status).toBe('cancelled')
    expect(await outcome(callAs(db, bob.userId, CONFIRM, [recorded.exchange_id]))).toBe('22023')
    expect(await balanceOf(db, bob.memberId)).toBe(0)
  })
})

describe('limits', () => {
  it('posts below the soft limit with a warning', async () => {
    const giver = await addMember(db, WEST_ESSEX)
    const receiver = await addMember(db, WEST_ESSEX, { name: 'Wendy' })
    const row = await record(db, coordinator, [giver.memberId], [receiver.memberId], 660)
    expect(row.status).toBe('confirmed')
    expect(row.warnings).toEqual([
      "Wendy's balance is below West Essex Time Bank's soft limit of -10 hours.",
    ])
  })

  it('keeps an exchange below the hard limit as refused, with its reason, and a retry gets the same answer', async () => {
    const giver = await addMember(db, WEST_ESSEX)
    const receiver = await addMember(db, WEST_ESSEX, { name: 'Rita' })
    await record(db, coordinator, [giver.memberId], [receiver.memberId], 1140)
    const id = randomUUID()
    const refused = await record(
      db,
      coordinator,
      [giver.memberId],
      [receiver.memberId],
      90,
      null,
      id,
    )
    expect([refused.status, refused.status_reason]).toEqual([
      'refused',
      "Rita's balance would fall below West Essex Time Bank's limit of -20 hours.",
    ])
    const retried = await record(
      db,
      coordinator,
      [giver.memberId],
      [receiver.memberId],
      90,
      null,
      id,
    )
    expect(retried).toEqual(refused)
    expect(await balanceOf(db, receiver.memberId)).toBe(-1140)
  })
})

describe('the client-made id', () => {
  it('returns the stored exchange when the same call is made again, posting once', async () => {
    const ann = await addMember(db, COLCHESTER)
    const bob = await addMember(db, COLCHESTER)
    const id = randomUUID()
    const first = await record(db, coordinator, [ann.memberId], [bob.memberId], 45, 'Lift', id)
    const again = await record(db, coordinator, [ann.memberId], [bob.memberId], 45, 'Lift', id)
    expect(again).toEqual(first)
    expect(await balanceOf(db, ann.memberId)).toBe(45)
  })

  it('refuses the same id with other content with SQLSTATE P0422 and a plain message', async () => {
    const ann = await addMember(db, COLCHESTER)
    const bob = await addMember(db, COLCHESTER)
    const id = randomUUID()
    await record(db, coordinator, [ann.memberId], [bob.memberId], 45, 'Lift', id)
    const error = await callAs(db, coordinator, RECORD, [
      id,
      [ann.memberId],
      [bob.memberId],
      50,
      'Lift',
    ]).catch((e: unknown) => e as { code: string; message: string })
    expect(error).toMatchObject({
      code: 'P0422',
      message:
        'This exchange id was already used for a different exchange: make a new id for a new exchange.',
    })
    expect(await balanceOf(db, ann.memberId)).toBe(45)
  })
})

describe('group exchanges and donations', () => {
  it('lets a coordinator record one giver to many receivers, one leg each', async () => {
    const host = await addMember(db, COLCHESTER, { name: 'Host' })
    const guests = [await addMember(db, COLCHESTER), await addMember(db, COLCHESTER)]
    const row = await record(
      db,
      coordinator,
      [host.memberId],
      guests.map((g) => g.memberId),
      120,
      'Lunch club',
    )
    expect([row.kind, row.status, row.legs.length]).toEqual(['group', 'confirmed', 2])
    expect(await balanceOf(db, host.memberId)).toBe(240)
  })

  it('refuses a group exchange recorded by a member', async () => {
    const host = await addMember(db, COLCHESTER)
    const guests = [await addMember(db, COLCHESTER), await addMember(db, COLCHESTER)]
    const call = record(
      db,
      host.userId,
      [host.memberId],
      guests.map((g) => g.memberId),
      60,
    )
    expect(await outcome(call)).toBe('42501')
  })

  it("moves a member's hours to the community pot or another member at once", async () => {
    const donor = await addMember(db, TENDRING, { name: 'Dora' })
    const friend = await addMember(db, TENDRING, { name: 'Fred' })
    await record(db, coordinator, [donor.memberId], [friend.memberId], 300)
    const [toPot] = await callAs(
      db,
      donor.userId,
      `select * from public.donate_time($1, $2, null, $3, $4)`,
      [randomUUID(), donor.memberId, 120, 'For whoever needs it'],
    )
    expect([toPot!.kind, toPot!.status, toPot!.legs]).toEqual([
      'donation',
      'confirmed',
      [{ giver: 'Dora', receiver: 'Community pot', minutes: 120 }],
    ])
    await callAs(db, donor.userId, `select * from public.donate_time($1, $2, $3, $4)`, [
      randomUUID(),
      donor.memberId,
      friend.memberId,
      60,
    ])
    expect([await balanceOf(db, donor.memberId), await balanceOf(db, friend.memberId)]).toEqual([
      120, -240,
    ])
  })
})

describe('between banks', () => {
  it('is refused unless both banks allow it', async () => {
    const here = await addMember(db, COLCHESTER)
    const there = await addMember(db, TENDRING)
    const call = record(db, coordinator, [there.memberId], [here.memberId], 60)
    expect(await outcome(call)).toBe('22023')
  })

  it("passes through each bank's clearing account, so each bank sums to zero and the positions are opposite", async () => {
    await db.admin.query(
      `update public.time_banks set allows_other_banks = true where bank_id = any ($1::uuid[])`,
      [[COLCHESTER, WEST_ESSEX]],
    )
    const here = await addMember(db, COLCHESTER, { name: 'Carl' })
    const there = await addMember(db, WEST_ESSEX, { name: 'Wes' })
    const pending = await record(db, here.userId, [here.memberId], [there.memberId], 75)
    await callAs(db, there.userId, CONFIRM, [pending.exchange_id])
    const positions = await callAs<{ bank_name: string; holder: string; balance_minutes: string }>(
      db,
      coordinator,
      `select bank_name, holder, balance_minutes from public.time_bank_account_list
       where kind = 'clearing' order by bank_name`,
    )
    expect(positions.map((p) => [p.bank_name, p.holder, Number(p.balance_minutes)])).toEqual([
      ['Colchester Time Bank', 'Clearing with West Essex Time Bank', -75],
      ['West Essex Time Bank', 'Clearing with Colchester Time Bank', 75],
    ])
    const sums = await db.admin.query<{ total: number }>(
      `select sum(minutes)::integer as total from public.time_bank_entries group by bank_id`,
    )
    expect(sums.every((s) => s.total === 0)).toBe(true)
  })
  it("lets the giver's coordinator record for the giver, pending until the receiver's side confirms", async () => {
    const coordinatorOfColchester = await addCoordinator(db, [COLCHESTER])
    const giver = await addMember(db, COLCHESTER)
    const receiver = await addMember(db, WEST_ESSEX)
    const recorded = await record(
      db,
      coordinatorOfColchester,
      [giver.memberId],
      [receiver.memberId],
      30,
    )
    expect(recorded.status).toBe('pending')
    expect(
      await outcome(callAs(db, coordinatorOfColchester, CONFIRM, [recorded.exchange_id])),
    ).toBe('42501')
    const [confirmed] = await callAs(db, receiver.userId, CONFIRM, [recorded.exchange_id])
    expect(confirmed!.status).toBe('confirmed')
    expect(await balanceOf(db, receiver.memberId)).toBe(-30)
  })
})

describe('corrections', () => {
  it('reverse an exchange with opposite entries, once, by a coordinator', async () => {
    const ann = await addMember(db, COLCHESTER, { name: 'Ann' })
    const bob = await addMember(db, COLCHESTER, { name: 'Bob' })
    const wrong = await record(db, coordinator, [ann.memberId], [bob.memberId], 60)
    const reverse = `select * from public.reverse_time_exchange($1, $2, $3)`
    expect(
      await outcome(callAs(db, ann.userId, reverse, [randomUUID(), wrong.exchange_id, 'mine'])),
    ).toBe('42501')
    const [correction] = await callAs(db, coordinator, reverse, [
      randomUUID(),
      wrong.exchange_id,
      'Wrong member',
    ])
    expect([correction!.kind, correction!.reverses_exchange_id, correction!.legs]).toEqual([
      'correction',
      wrong.exchange_id,
      [{ giver: 'Bob', receiver: 'Ann', minutes: 60 }],
    ])
    expect([await balanceOf(db, ann.memberId), await balanceOf(db, bob.memberId)]).toEqual([0, 0])
    expect(
      await outcome(callAs(db, coordinator, reverse, [randomUUID(), wrong.exchange_id, 'again'])),
    ).toBe('22023')
  })
})

describe('erasing a member', () => {
  it('leaves their account and entries as "A former member", every balance true, and clears the text of their exchanges', async () => {
    const gone = await addMember(db, COLCHESTER, { name: 'Gone' })
    const stays = await addMember(db, COLCHESTER, { name: 'Stays' })
    const exchange = await record(
      db,
      coordinator,
      [gone.memberId],
      [stays.memberId],
      45,
      'Fixed the fence at 3 Elm Road',
    )
    // The coordinator erases them as the app does (erase_time_bank_member deletes the member row).
    await callAs(db, coordinator, 'select public.erase_time_bank_member($1)', [gone.memberId])

    const statement = await callAs<{
      counterparty: string
      description: string | null
      balance_after: string
    }>(db, stays.userId, STATEMENT, [stays.memberId])
    expect(statement.map((e) => [e.counterparty, e.description, Number(e.balance_after)])).toEqual([
      ['A former member', null, -45],
    ])
    const [account] = await callAs<{ holder: string; balance_minutes: string }>(
      db,
      coordinator,
      `select a.holder, a.balance_minutes from public.time_bank_account_list a
       join public.time_bank_entries t on t.account_id = a.account_id
       where t.exchange_id = $1 and t.minutes > 0`,
      [exchange.exchange_id],
    )
    expect([account!.holder, Number(account!.balance_minutes)]).toEqual(['A former member', 45])
  })
})

describe('downloading a statement', () => {
  it('is recorded in the audit log for a member (their own) and a coordinator, refused to anyone else', async () => {
    const member = await addMember(db, COLCHESTER, { name: 'Downloads' })
    const stranger = await createUser(db)
    const EXPORT = `select public.record_export('time_bank_entries', $1) as audit_id`
    const recorded = async (userId: string) => {
      const [row] = await callAs<{ audit_id: string | null }>(db, userId, EXPORT, [3])
      const [entry] = await db.admin.query<{ actor: string; table_name: string; rows: number }>(
        `select actor_id::text as actor, table_name, row_count as rows from public.audit_log
         where audit_id = $1`,
        [row!.audit_id],
      )
      return entry
    }
    expect(await recorded(member.userId)).toEqual({
      actor: member.userId,
      table_name: 'public.time_bank_entries',
      rows: 3,
    })
    expect(await recorded(coordinator)).toMatchObject({ actor: coordinator, rows: 3 })
    expect(await outcome(callAs(db, stranger, EXPORT, [3]))).toBe('42501')
  })
})

describe('errors a person can act on', () => {
  it('says not found, bad input or not allowed, never a raw database error', async () => {
    const ann = await addMember(db, COLCHESTER)
    const bob = await addMember(db, COLCHESTER)
    const stranger = await createUser(db)
    expect(await outcome(record(db, coordinator, [ann.memberId], [randomUUID()], 30))).toBe('P0002')
    expect(await outcome(record(db, coordinator, [ann.memberId], [bob.memberId], 0))).toBe('22023')
    expect(await outcome(record(db, coordinator, [ann.memberId], [ann.memberId], 30))).toBe('22023')
    expect(await outcome(callAs(db, coordinator, CONFIRM, [randomUUID()]))).toBe('P0002')
    expect(await outcome(record(db, stranger, [ann.memberId], [bob.memberId], 30))).toBe('42501')
  })
})

describe('reports', () => {
  it('count exchanges, minutes, active and new members per month, and by ward and skill', async () => {
    const coordinatorOfTendring = await addCoordinator(db, [TENDRING])
    const giver = await addMember(db, TENDRING, { wardCode: 'E05990101' })
    const receiver = await addMember(db, TENDRING, { wardCode: 'E05990101' })
    await callAs(
      db,
      coordinatorOfTendring,
      `select * from public.record_time_exchange($1, $2::uuid[], $3::uuid[], $4, null, 'gardening')`,
      [randomUUID(), [giver.memberId], [receiver.memberId], 90],
    )
    const [month] = await callAs<{ exchanges: number; minutes: string; active_members: number }>(
      db,
      coordinatorOfTendring,
      `select * from public.time_bank_monthly_report($1, 1)`,
      [TENDRING],
    )
    // Earlier tests' Tendring exchanges count too: this one adds at least 90 minutes.
    expect(month!.exchanges).toBeGreaterThanOrEqual(1)
    expect(Number(month!.minutes)).toBeGreaterThanOrEqual(90)
    expect(month!.active_members).toBeGreaterThanOrEqual(2)
    const byWard = await callAs<{
      ward_name: string
      gift_label: string
      exchanges: number
      minutes: string
    }>(
      db,
      coordinatorOfTendring,
      `select * from public.time_bank_exchanges_by_ward_and_skill($1, current_date - 1, current_date)
       where ward_code = 'E05990101'`,
      [TENDRING],
    )
    expect(byWard.map((r) => [r.ward_name, r.gift_label, r.exchanges, Number(r.minutes)])).toEqual([
      ['Ledger ward', expect.any(String), 1, 90],
    ])
  })

  it("hide a ward's activity under 5 members from anyone not coordinating their bank", async () => {
    const few = [await addMember(db, COLCHESTER, { wardCode: 'E05990102' })]
    few.push(await addMember(db, COLCHESTER, { wardCode: 'E05990102' }))
    await record(db, coordinator, [few[0]!.memberId], [few[1]!.memberId], 30)
    const activity = `select active_members, minutes_given::integer as minutes from public.time_bank_ward_activity() where ward_code = 'E05990102'`
    expect(await callAs(db, coordinator, activity)).toEqual([{ active_members: 2, minutes: 30 }])
    expect(await callAs(db, few[0]!.userId, activity)).toEqual([
      { active_members: null, minutes: null },
    ])
  })
})

describe('save_time_bank', () => {
  it('lets an administrator open a bank, with its community pot, and nobody else', async () => {
    const admin = await createUser(db, ['admin'])
    const save = `select * from public.save_time_bank(null, 'Maldon Time Bank', -300, -900, false, 1271, 'National Living Wage', array['E07000074'])`
    expect(await outcome(callAs(db, coordinator, save))).toBe('42501')
    const [bank] = await callAs<{ bank_id: string; slug: string }>(db, admin, save)
    expect(bank!.slug).toBe('maldon-time-bank')
    const pots = await db.admin.query(
      `select 1 from public.time_bank_accounts where bank_id = $1 and kind = 'pot'`,
      [bank!.bank_id],
    )
    expect(pots).toHaveLength(1)
  })
})
