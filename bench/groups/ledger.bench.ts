// The time banks' ledger on the real server (DATABASE_URL, a Postgres 15 + PostGIS server):
// - exchanges recorded and posted per second by 20 clients at once (coordinators recording one to
//   one exchanges, each posted at once: checks, locks in account order, entries, balances),
//   against plain inserts of the same facts into an unchecked table by the same 20 clients in the
//   same run, each in the same transaction shape (role, claims, one statement);
// - reading the statement of a member with 10,000 entries (counterparties by name, the balance
//   after each entry), against reading the same member's raw entries.
import { randomUUID } from 'node:crypto'
import { connectPg } from '../../scripts/lib/pg-sql-client'
import type { SqlClient } from '../../src/db/sql-client'
import { openTestDatabase } from '../../tests/db/support/test-database'
import {
  callAs,
  LEDGER_BANKS,
  random,
  seedLedgerPeople,
  type LedgerPeople,
} from '../../tests/db/support/time-bank-ledger-workload'
import { benchRow, median, type BenchGroup, type BenchRow } from '../bench-row'

const CLIENTS = 20
const EXCHANGES = 2000
const STATEMENT_ENTRIES = 10_000

interface Call {
  userId: string
  sql: string
  params: unknown[]
}

/** Runs the calls over the connections, each taking the next call as it comes free; seconds. */
async function runCalls(connections: readonly SqlClient[], calls: Call[]): Promise<number> {
  const queue = [...calls]
  const started = performance.now()
  await Promise.all(
    connections.map(async (client) => {
      for (let call = queue.shift(); call; call = queue.shift()) {
        await callAs(client, call.userId, call.sql, call.params)
      }
    }),
  )
  return (performance.now() - started) / 1000
}

function exchangeCalls(people: LedgerPeople, count: number): Call[] {
  const next = random(7)
  return Array.from({ length: count }, () => {
    const bank = LEDGER_BANKS[Math.floor(next() * LEDGER_BANKS.length)]!
    const members = people.members[bank]!
    const giver = Math.floor(next() * members.length)
    const receiver = (giver + 1 + Math.floor(next() * (members.length - 1))) % members.length
    return {
      userId: people.coordinators[bank]!,
      sql: `select exchange_id from public.record_time_exchange($1, $2::uuid[], $3::uuid[], $4)`,
      params: [randomUUID(), [members[giver]!.memberId], [members[receiver]!.memberId], 30],
    }
  })
}

async function measureThroughput(admin: SqlClient, url: string): Promise<BenchRow> {
  const people = await seedLedgerPeople(admin, 40)
  await admin.query(
    `create table public.bench_plain_exchanges (exchange_id uuid, giver uuid, receiver uuid, minutes integer)`,
  )
  await admin.query(`grant insert on public.bench_plain_exchanges to authenticated`)
  const connections = await Promise.all(Array.from({ length: CLIENTS }, () => connectPg(url)))
  try {
    const calls = exchangeCalls(people, EXCHANGES)
    // Warm both paths (plans, caches) before timing.
    await runCalls(connections, exchangeCalls(people, 200))
    const plain = calls.map((call) => ({
      userId: call.userId,
      sql: `insert into public.bench_plain_exchanges values ($1, ($2::uuid[])[1], ($3::uuid[])[1], $4)`,
      params: call.params,
    }))
    await runCalls(connections, plain.slice(0, 200))
    const ledgerSeconds = await runCalls(connections, calls)
    const plainSeconds = await runCalls(connections, plain)
    const perSecond = EXCHANGES / ledgerSeconds
    const plainPerSecond = EXCHANGES / plainSeconds
    const [stored] = await admin.query<{ confirmed: number; refused: number }>(
      `select count(*) filter (where status = 'confirmed')::integer as confirmed,
         count(*) filter (where status = 'refused')::integer as refused
       from public.time_bank_exchanges where exchange_id = any ($1::uuid[])`,
      [calls.map((call) => call.params[0])],
    )
    return benchRow(
      'ledger.record_exchange.20_clients',
      'ms per exchange',
      1000 / perSecond,
      1000 / plainPerSecond,
      `${perSecond.toFixed(0)} exchanges/s (${stored!.confirmed} posted, ${stored!.refused} refused at the hard limit) against ${plainPerSecond.toFixed(0)} plain inserts/s, ${CLIENTS} clients`,
    )
  } finally {
    await Promise.all(connections.map((connection) => connection.close()))
  }
}

async function measureStatement(admin: SqlClient): Promise<BenchRow[]> {
  const people = await seedLedgerPeople(admin, 2)
  const [member, other] = people.members[LEDGER_BANKS[0]]!
  const [accounts] = await admin.query<{ mine: string; theirs: string }>(
    `select (select account_id from public.time_bank_accounts where member_id = $1)::text as mine,
       (select account_id from public.time_bank_accounts where member_id = $2)::text as theirs`,
    [member!.memberId, other!.memberId],
  )
  // 10,000 exchanges between the two, alternately given and received, posted by the ledger's own
  // posting function (the balance stays between −30 and 0 minutes).
  await admin.exec(`do $$
    declare
      v_id uuid;
    begin
      for i in 1..${STATEMENT_ENTRIES} loop
        v_id := gen_random_uuid();
        insert into public.time_bank_exchanges (exchange_id, bank_id, programme_id, kind, status,
          minutes, description, content_hash, party_account_ids, occurred_on)
        values (v_id, '${LEDGER_BANKS[0]}', '00000000-0000-4000-8000-000000000001', 'exchange',
          'pending', 30, 'Bench exchange ' || i, 'bench', array['${accounts!.mine}', '${accounts!.theirs}']::uuid[],
          current_date - (i % 365));
        insert into public.time_bank_exchange_legs (exchange_id, leg_no, debit_account_id, credit_account_id, minutes)
        values (v_id, 1,
          case when i % 2 = 1 then '${accounts!.mine}'::uuid else '${accounts!.theirs}'::uuid end,
          case when i % 2 = 1 then '${accounts!.theirs}'::uuid else '${accounts!.mine}'::uuid end, 30);
        perform private.post_time_exchange(v_id, true);
      end loop;
    end $$`)
  await admin.exec('analyze')
  const time = async (sql: string) => {
    const timings: number[] = []
    let rows = 0
    for (let i = 0; i < 9; i++) {
      const started = performance.now()
      rows = (await callAs(admin, member!.userId, sql, [member!.memberId])).length
      if (i >= 2) timings.push(performance.now() - started)
    }
    return { ms: median(timings), rows }
  }
  const statement = await time(`select * from public.time_bank_statement($1)`)
  const raw = await time(
    `select t.* from public.time_bank_entries t
     join public.time_bank_accounts a on a.account_id = t.account_id
     where a.member_id = $1 order by t.entry_id`,
  )
  return [
    benchRow(
      'ledger.statement.10k_entries',
      'ms',
      statement.ms,
      raw.ms,
      `${statement.rows} entries with counterparties and running balance, against the raw entries; median of 7`,
    ),
  ]
}

const group: BenchGroup = {
  name: 'ledger',
  async run() {
    if (!process.env.DATABASE_URL) {
      console.log(
        'ledger: needs DATABASE_URL (a Postgres 15 + PostGIS server, e.g. postgres://postgres:postgres@127.0.0.1:5432/postgres); skipped.',
      )
      return []
    }
    const db = await openTestDatabase()
    try {
      return [await measureThroughput(db.admin, db.url!), ...(await measureStatement(db.admin))]
    } finally {
      await db.close()
    }
  },
}
export default group
