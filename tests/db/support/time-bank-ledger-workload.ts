// A random workload for the time banks' ledger, run by the concurrency test (20 connections on the
// real server, one after another on PGlite) and by `npm run bench -- ledger`: members and
// coordinators of three banks record exchanges (one to one, groups, across banks, some over the
// hard limit), members confirm what the other party recorded, clients retry with the same id,
// some calls are aborted mid-transaction and replayed, a few reuse an id for other content. Then
// the ledger's invariants are read back.
import { randomUUID } from 'node:crypto'
import type { SqlClient } from '../../../src/db/sql-client'

export const LEDGER_BANKS = [
  '00000000-0000-4000-8000-00000000b001',
  '00000000-0000-4000-8000-00000000b002',
  '00000000-0000-4000-8000-00000000b004',
] as const
const ESSEX = '00000000-0000-4000-8000-000000000001'

export interface LedgerPeople {
  /** Per bank, its members: member id and the user id they sign in with. */
  members: Record<string, { memberId: string; userId: string }[]>
  /** Per bank, a coordinator scoped to that bank. */
  coordinators: Record<string, string>
}

/**
 * Seeds members and bank-scoped coordinators in the three banks, which all exchange with each
 * other, with limits tight enough that some exchanges are refused (soft −5 h, hard −10 h).
 */
export async function seedLedgerPeople(
  admin: SqlClient,
  membersPerBank: number,
): Promise<LedgerPeople> {
  const people: LedgerPeople = { members: {}, coordinators: {} }
  await admin.query(
    `update public.time_banks set allows_other_banks = true, soft_limit_minutes = -300,
       hard_limit_minutes = -600 where bank_id = any ($1::uuid[])`,
    [LEDGER_BANKS],
  )
  for (const bank of LEDGER_BANKS) {
    const users = Array.from({ length: membersPerBank + 1 }, () => randomUUID())
    const members = Array.from({ length: membersPerBank }, () => randomUUID())
    await admin.query(
      `insert into auth.users (id, email) select u, u::text || '@example.test' from unnest($1::uuid[]) u`,
      [users],
    )
    await admin.query(
      `insert into public.time_bank_members
         (member_id, bank_id, programme_id, kind, status, display_name, user_id, joined_at)
       select m, $2, $3, 'resident', 'active', 'Member ' || n, u, now()
       from unnest($1::uuid[], $4::uuid[]) with ordinality x (m, u, n)`,
      [members, bank, ESSEX, users.slice(1)],
    )
    await admin.query(
      `insert into public.memberships (programme_id, user_id, role, scopes)
       values ($1, $2, 'coordinator', array[$3::text])`,
      [ESSEX, users[0], bank],
    )
    people.coordinators[bank] = users[0]!
    people.members[bank] = members.map((memberId, i) => ({ memberId, userId: users[i + 1]! }))
  }
  return people
}

/** One exchange as a client makes it, and what happens to its calls. */
export interface LedgerOp {
  id: string
  /** Who records it (a party, or a coordinator). */
  recorder: string
  /** The other party, who confirms a member's record; null when a coordinator records. */
  confirmer: string | null
  givers: string[]
  receivers: string[]
  minutes: number
  crossBank: boolean
  overLimit: boolean
  /** Replayed with the same id and content: at once (alongside) or after it finished. */
  retry: 'none' | 'alongside' | 'after'
  /** First tried in a transaction that is rolled back after the call, then replayed. */
  abortedFirst: boolean
  /** The same id later sent with other content (must be refused with P0422). */
  reusedId: boolean
}

/** A small seeded generator (mulberry32), so that a run can be repeated. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function planLedgerOps(people: LedgerPeople, count: number, seed = 14): LedgerOp[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const distinct = (bank: string, n: number) => {
    const chosen = new Set<string>()
    while (chosen.size < n) chosen.add(pick(people.members[bank]!).memberId)
    return [...chosen]
  }
  const userOf = (memberId: string) =>
    Object.values(people.members)
      .flat()
      .find((m) => m.memberId === memberId)!.userId
  const ops: LedgerOp[] = []
  for (let i = 0; i < count; i++) {
    const bank = pick(LEDGER_BANKS)
    const shape = next()
    let givers: string[]
    let receivers: string[]
    let byMember = false
    let crossBank = false
    let overLimit = false
    let minutes = 15 * (1 + Math.floor(next() * 12))
    if (shape < 0.45) {
      ;[givers, receivers] = (([a, b]) => [[a!], [b!]])(distinct(bank, 2))
      byMember = true
    } else if (shape < 0.7) {
      ;[givers, receivers] = (([a, b]) => [[a!], [b!]])(distinct(bank, 2))
    } else if (shape < 0.8) {
      const group = distinct(bank, 2 + Math.floor(next() * 3))
      ;[givers, receivers] =
        next() < 0.5 ? [group.slice(0, 1), group.slice(1)] : [group.slice(1), group.slice(0, 1)]
      minutes = 60
    } else if (shape < 0.93) {
      const other = pick(LEDGER_BANKS.filter((b) => b !== bank))
      givers = distinct(other, 1)
      receivers = distinct(bank, 1)
      crossBank = true
      byMember = next() < 0.5
    } else {
      ;[givers, receivers] = (([a, b]) => [[a!], [b!]])(distinct(bank, 2))
      minutes = 1440
      overLimit = true
    }
    const memberRecords = next() < 0.5
    const recorderMember = memberRecords ? givers[0]! : receivers[0]!
    const otherMember = memberRecords ? receivers[0]! : givers[0]!
    const retryDraw = next()
    ops.push({
      id: randomUUID(),
      recorder: byMember ? userOf(recorderMember) : people.coordinators[bank]!,
      confirmer: byMember ? userOf(otherMember) : null,
      givers,
      receivers,
      minutes,
      crossBank,
      overLimit,
      retry: retryDraw < 0.05 ? 'alongside' : retryDraw < 0.1 ? 'after' : 'none',
      abortedFirst: next() < 0.05,
      reusedId: next() < 0.01,
    })
  }
  return ops
}

/** Runs one call as a signed-in person in its own transaction; `abort` rolls it back after. */
export async function callAs<Row>(
  client: SqlClient,
  userId: string,
  sql: string,
  params: readonly unknown[],
  abort = false,
): Promise<Row[]> {
  const aborted = new Error('aborted mid-transaction')
  try {
    return await client.transaction(async (tx) => {
      await tx.query(
        `select set_config('role', 'authenticated', true),
           set_config('request.jwt.claims', $1, true)`,
        [JSON.stringify({ role: 'authenticated', sub: userId })],
      )
      const rows = await tx.query<Row>(sql, params)
      if (abort) throw aborted
      return rows
    })
  } catch (error) {
    if (error === aborted) return []
    throw error
  }
}

const RECORD = `select exchange_id, status, status_reason from public.record_time_exchange($1, $2::uuid[], $3::uuid[], $4)`
const CONFIRM = `select exchange_id, status, status_reason from public.confirm_time_exchange($1)`

interface Answer {
  exchange_id: string
  status: string
  status_reason: string | null
}

export interface LedgerRunFigures {
  exchanges: number
  calls: number
  retries: number
  retriesWithTheSameAnswer: number
  aborted: number
  crossBank: number
  overLimit: number
  reusedIdsRefused: number
  confirms: number
  seconds: number
  /** Errors that should never happen (deadlocks, raw database errors), with their messages. */
  unexpected: string[]
}

/**
 * Runs the ops over the given connections (each connection runs one call at a time; the ops are
 * shared out as connections come free), and returns what happened.
 */
export async function runLedgerOps(
  connections: readonly SqlClient[],
  ops: readonly LedgerOp[],
): Promise<LedgerRunFigures> {
  const figures: LedgerRunFigures = {
    exchanges: ops.length,
    calls: 0,
    retries: 0,
    retriesWithTheSameAnswer: 0,
    aborted: 0,
    crossBank: ops.filter((op) => op.crossBank).length,
    overLimit: ops.filter((op) => op.overLimit).length,
    reusedIdsRefused: 0,
    confirms: 0,
    seconds: 0,
    unexpected: [],
  }
  type Task = (client: SqlClient) => Promise<void>
  const queue: Task[] = []
  const record = async (client: SqlClient, op: LedgerOp, abort = false) => {
    figures.calls++
    const rows = await callAs<Answer>(
      client,
      op.recorder,
      RECORD,
      [op.id, op.givers, op.receivers, op.minutes],
      abort,
    )
    return rows[0]
  }
  const guarded =
    (work: Task): Task =>
    async (client) => {
      try {
        await work(client)
      } catch (error) {
        figures.unexpected.push(error instanceof Error ? error.message : String(error))
      }
    }
  const first = new Map<string, Promise<Answer | undefined>>()
  for (const op of ops) {
    queue.push(
      guarded(async (client) => {
        if (op.abortedFirst) {
          figures.aborted++
          await record(client, op, true)
        }
        let resolve!: (answer: Answer | undefined) => void
        first.set(op.id, new Promise((r) => (resolve = r)))
        if (op.retry === 'alongside') queue.unshift(retryTask(op))
        let answer: Answer | undefined
        try {
          answer = await record(client, op)
        } finally {
          resolve(answer)
        }
        if (op.confirmer && answer?.status === 'pending') {
          figures.confirms++
          figures.calls++
          await callAs(client, op.confirmer, CONFIRM, [op.id])
        }
        if (op.retry === 'after') queue.push(retryTask(op))
        if (op.reusedId) queue.push(reuseTask(op))
      }),
    )
  }
  function retryTask(op: LedgerOp): Task {
    return guarded(async (client) => {
      figures.retries++
      const again = await record(client, op)
      const original = await first.get(op.id)
      // A member's record may have been confirmed in between: the stored answer moved on.
      const same =
        again?.exchange_id === op.id &&
        (op.confirmer
          ? ['pending', 'confirmed', 'refused'].includes(again.status)
          : again.status === original?.status && again.status_reason === original?.status_reason)
      if (same) figures.retriesWithTheSameAnswer++
    })
  }
  function reuseTask(op: LedgerOp): Task {
    return async (client) => {
      try {
        figures.calls++
        await callAs(client, op.recorder, RECORD, [op.id, op.givers, op.receivers, op.minutes + 1])
        figures.unexpected.push(`id ${op.id} reused for other content was accepted`)
      } catch (error) {
        if ((error as { code?: string }).code === 'P0422') figures.reusedIdsRefused++
        else figures.unexpected.push(error instanceof Error ? error.message : String(error))
      }
    }
  }
  // Each worker owns one connection and runs one task at a time.
  const started = performance.now()
  await Promise.all(
    connections.map(async (client) => {
      for (let task = queue.shift(); task; task = queue.shift()) await task(client)
    }),
  )
  figures.seconds = (performance.now() - started) / 1000
  return figures
}

export interface LedgerInvariants {
  /** Per bank: the sum of its entries (must be 0). */
  bankSums: { bank_id: string; entries: number; total: number }[]
  /** Exchanges stored among the planned ids, and rows per id at most. */
  storedExchanges: number
  mostRowsForOneId: number
  byStatus: Record<string, number>
  /** Member balances below their bank's hard limit (must be 0). */
  belowHardLimit: number
  /** Accounts whose stored balance differs from the sum of their entries (must be 0). */
  balancesOff: number
  /** Confirmed exchanges whose entries do not match their legs (2 a leg, 4 across banks). */
  exchangesWithWrongEntries: number
  /** Entries of exchanges not confirmed (must be 0). */
  entriesOfUnpostedExchanges: number
  entries: number
}

export async function readLedgerInvariants(
  admin: SqlClient,
  ids: readonly string[],
): Promise<LedgerInvariants> {
  const bankSums = await admin.query<{ bank_id: string; entries: number; total: number }>(
    `select bank_id::text, count(*)::integer as entries, sum(minutes)::integer as total
     from public.time_bank_entries group by bank_id order by bank_id`,
  )
  const [stored] = await admin.query<{ stored: number; most: number }>(
    `select count(*)::integer as stored, coalesce(max(n), 0)::integer as most
     from (select exchange_id, count(*) as n from public.time_bank_exchanges
           where exchange_id = any ($1::uuid[]) group by exchange_id) x`,
    [ids],
  )
  const statuses = await admin.query<{ status: string; n: number }>(
    `select status, count(*)::integer as n from public.time_bank_exchanges
     where exchange_id = any ($1::uuid[]) group by status order by status`,
    [ids],
  )
  const [checks] = await admin.query<{
    below: number
    off: number
    wrong: number
    unposted: number
    entries: number
  }>(
    `select
       (select count(*)::integer from public.time_bank_accounts a
          join public.time_banks b on b.bank_id = a.bank_id
          where a.kind = 'member' and a.balance_minutes < b.hard_limit_minutes) as below,
       (select count(*)::integer from public.time_bank_accounts a
          where a.balance_minutes <> coalesce((select sum(t.minutes) from public.time_bank_entries t
            where t.account_id = a.account_id), 0)) as off,
       (select count(*)::integer from public.time_bank_exchanges e
          where e.status = 'confirmed' and (
            select coalesce(sum(abs(t.minutes)), 0) from public.time_bank_entries t
            where t.exchange_id = e.exchange_id)
          <> (select sum(l.minutes * case when d.bank_id = c.bank_id then 2 else 4 end)
            from public.time_bank_exchange_legs l
            join public.time_bank_accounts d on d.account_id = l.debit_account_id
            join public.time_bank_accounts c on c.account_id = l.credit_account_id
            where l.exchange_id = e.exchange_id)) as wrong,
       (select count(*)::integer from public.time_bank_entries t
          join public.time_bank_exchanges e using (exchange_id) where e.status <> 'confirmed') as unposted,
       (select count(*)::integer from public.time_bank_entries) as entries`,
  )
  return {
    bankSums,
    storedExchanges: stored!.stored,
    mostRowsForOneId: stored!.most,
    byStatus: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
    belowHardLimit: checks!.below,
    balancesOff: checks!.off,
    exchangesWithWrongEntries: checks!.wrong,
    entriesOfUnpostedExchanges: checks!.unposted,
    entries: checks!.entries,
  }
}
