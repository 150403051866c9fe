// Members, coordinators and calls for the time bank ledger's tests.
import { randomUUID } from 'node:crypto'
import { commitAs } from './commit-as'
import { createUser, ESSEX_PROGRAMME_ID, type TestDatabase } from './test-database'

export const COLCHESTER = '00000000-0000-4000-8000-00000000b001'
export const WEST_ESSEX = '00000000-0000-4000-8000-00000000b002'
export const TENDRING = '00000000-0000-4000-8000-00000000b004'

export interface Member {
  memberId: string
  userId: string
}

/** An active member of the bank who signs in as themselves. */
export async function addMember(
  db: TestDatabase,
  bankId: string,
  options: { name?: string; wardCode?: string | null; status?: string } = {},
): Promise<Member> {
  const userId = await createUser(db)
  const [row] = await db.admin.query<{ member_id: string }>(
    `insert into public.time_bank_members
       (bank_id, programme_id, kind, status, display_name, user_id, joined_at, ward_code, last_active_at)
     values ($1, $2, 'resident', $3, $4, $5, now(), $6, now() - interval '2 years')
     returning member_id`,
    [
      bankId,
      ESSEX_PROGRAMME_ID,
      options.status ?? 'active',
      options.name ?? `Member ${userId.slice(0, 4)}`,
      userId,
      options.wardCode ?? null,
    ],
  )
  return { memberId: row!.member_id, userId }
}

/** A coordinator of the given banks only (memberships.scopes), or of every bank (null). */
export async function addCoordinator(db: TestDatabase, bankIds: string[] | null): Promise<string> {
  const userId = await createUser(db)
  await db.admin.query(
    `insert into public.memberships (programme_id, user_id, role, scopes) values ($1, $2, 'coordinator', $3)`,
    [ESSEX_PROGRAMME_ID, userId, bankIds],
  )
  return userId
}

export interface ExchangeRow {
  exchange_id: string
  bank_id: string
  kind: string
  status: string
  minutes: number
  legs: { giver: string; receiver: string; minutes: number }[]
  description: string | null
  status_reason: string | null
  warnings: string[]
  awaiting_me: boolean
  recorded_by_me: boolean
  reverses_exchange_id: string | null
}

/** Runs one call as the signed-in person and commits it; returns its rows. */
export function callAs<Row = ExchangeRow>(
  db: TestDatabase,
  userId: string,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  return commitAs<Row>(db, { role: 'authenticated', userId }, sql, params)
}

/** The SQLSTATE a call fails with, or 'ok'. */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call
    return 'ok'
  } catch (error) {
    return String((error as { code?: string }).code ?? error)
  }
}

export const RECORD = `select * from public.record_time_exchange($1, $2::uuid[], $3::uuid[], $4, $5)`

/** Records an exchange as `userId` with a new id. */
export async function record(
  db: TestDatabase,
  userId: string,
  givers: string[],
  receivers: string[],
  minutes: number,
  description: string | null = null,
  id: string = randomUUID(),
): Promise<ExchangeRow> {
  const [row] = await callAs(db, userId, RECORD, [id, givers, receivers, minutes, description])
  return row!
}

/** The stored balance of a member's account. */
export async function balanceOf(db: TestDatabase, memberId: string): Promise<number> {
  const [row] = await db.admin.query<{ balance: number }>(
    `select balance_minutes::integer as balance from public.time_bank_accounts where member_id = $1`,
    [memberId],
  )
  return row!.balance
}
