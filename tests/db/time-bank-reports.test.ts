import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqlDataPort } from '../../src/db/pglite/local-data-port'
import type { DataPort } from '../../src/db/port'
import { testLocalDatabase } from './support/listen'
import { writeTestRegion } from './support/resident-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// Coordinators' reports and administrators' settings through the local adapter's port, as the
// screens read them (the connected adapter reads the same: connected-adapter.test.ts).
const COLCHESTER = '00000000-0000-4000-8000-00000000b001'
const TENDRING = '00000000-0000-4000-8000-00000000b004'
let db: TestDatabase
let coordinatorId: string
let coordinator: DataPort
let otherCoordinator: DataPort
let admin: DataPort

const portFor = (userId: string) =>
  sqlDataPort(testLocalDatabase(db), () => ({ userId, email: `${userId}@example.test` }))

async function member(name: string, ward: string): Promise<string> {
  const [row] = await db.admin.query<{ member_id: string }>(
    `insert into public.time_bank_members (bank_id, kind, status, display_name, ward_code, joined_at)
     values ($1, 'resident', 'active', $2, $3, now()) returning member_id`,
    [COLCHESTER, name, ward],
  )
  return row!.member_id
}

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  const scoped = async (bank: string) => {
    const id = await createUser(db)
    await db.admin.query(
      `insert into public.memberships (programme_id, user_id, role, scopes)
       values ('00000000-0000-4000-8000-000000000001', $1, 'coordinator', array[$2])`,
      [id, bank],
    )
    return id
  }
  coordinatorId = await scoped(COLCHESTER)
  coordinator = portFor(coordinatorId)
  otherCoordinator = portFor(await scoped(TENDRING))
  admin = portFor(await createUser(db, ['admin']))
  // Two hours of gardening received in Riverside, one of befriending received in Hillside.
  const [ada, bo, cy] = [
    await member('Ada', 'E05990101'),
    await member('Bo', 'E05990101'),
    await member('Cy', 'E05990102'),
  ]
  await testLocalDatabase(db).transaction(async (query) => {
    await query(`select set_config('role', 'authenticated', true)`)
    await query(`select set_config('request.jwt.claims', $1, true)`, [
      JSON.stringify({ role: 'authenticated', sub: coordinatorId }),
    ])
    const record = (giver: string, receiver: string, minutes: number, skill: string) =>
      query(
        `select 1 from public.record_time_exchange($1, array[$2]::uuid[], array[$3]::uuid[], $4, null, $5)`,
        [randomUUID(), giver, receiver, minutes, skill],
      )
    await record(cy!, ada!, 60, 'gardening')
    await record(cy!, bo!, 60, 'gardening')
    await record(ada!, cy!, 60, 'befriending')
  })
})
afterAll(() => db?.close())

describe("a coordinator's reports", () => {
  it('counts this month’s exchanges, hours, active and new members, and refuses another bank’s coordinator', async () => {
    const months = await coordinator.timeBankReports.monthlyReport(COLCHESTER, 3)
    expect(months).toHaveLength(3)
    expect(months.at(-1)).toMatchObject({
      exchanges: 3,
      minutes: 180,
      activeMembers: 3,
      newMembers: 3,
    })
    await expect(otherCoordinator.timeBankReports.monthlyReport(COLCHESTER)).rejects.toMatchObject({
      code: '42501',
    })
  })

  it('offers each coordinator their own banks', async () => {
    expect(await coordinator.timeBankReports.coordinatedBankIds()).toEqual([COLCHESTER])
    expect(await otherCoordinator.timeBankReports.coordinatedBankIds()).toEqual([TENDRING])
  })

  it('puts exchanges in the receiver’s ward with the skill’s label', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const rows = await coordinator.timeBankReports.exchangesByWardAndSkill(
      COLCHESTER,
      '2000-01-01',
      today,
    )
    expect(rows.map((row) => [row.wardCode, row.giftType, row.exchanges, row.minutes])).toEqual([
      ['E05990101', 'gardening', 2, 120],
      ['E05990102', 'befriending', 1, 60],
    ])
    expect(rows[0]!.giftLabel).toBeTruthy()
  })
})

describe("an administrator's bank settings", () => {
  it('opens a bank with its limits, value and areas, and reads it back in the list', async () => {
    const saved = await admin.timeBankReports.saveBank({
      bankId: null,
      name: 'Harlow Time Bank',
      softLimitMinutes: -300,
      hardLimitMinutes: -900,
      allowsOtherBanks: true,
      hourlyValuePence: 1500,
      hourlyValueBasis: 'Essex volunteer value, 2026',
      areaCodes: ['E07000073'],
    })
    expect(saved.bankId).toMatch(/^[0-9a-f-]{36}$/)
    const listed = (await coordinator.timeBankReports.listBanks()).find(
      (bank) => bank.bankId === saved.bankId,
    )
    expect(listed).toEqual(saved)
  })

  it('refuses a coordinator’s save, and a hard limit above the soft one, with the reason', async () => {
    const [colchester] = (await admin.timeBankReports.listBanks()).filter(
      (bank) => bank.bankId === COLCHESTER,
    )
    await expect(coordinator.timeBankReports.saveBank(colchester!)).rejects.toMatchObject({
      code: '42501',
    })
    await expect(
      admin.timeBankReports.saveBank({ ...colchester!, hardLimitMinutes: 0 }),
    ).rejects.toThrow('The soft limit is zero or below, and the hard limit at or below it.')
  })
})
