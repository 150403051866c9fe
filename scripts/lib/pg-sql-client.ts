import pg from 'pg'
import type { SqlClient } from '../../src/db/sql-client'

/** A SqlClient over one node-postgres connection (a real Postgres server, `DATABASE_URL`). */
export async function connectPg(
  databaseUrl: string,
): Promise<SqlClient & { close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  // Notices (e.g. "schema already exists, skipping") are expected on a repeat run.
  client.on('notice', () => {})
  let queue: Promise<void> = Promise.resolve()
  const sql: SqlClient = {
    async exec(text) {
      await client.query(text)
    },
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, [...params])
      return result.rows as Row[]
    },
    // One connection holds one transaction at a time: callers queue, as PGlite's transactions do.
    transaction(work) {
      const run = queue.then(async () => {
        await client.query('begin')
        try {
          const result = await work(inTransaction)
          await client.query('commit')
          return result
        } catch (error) {
          await client.query('rollback')
          throw error
        }
      })
      queue = run.then(
        () => undefined,
        () => undefined,
      )
      return run
    },
  }
  // Inside a transaction, a nested transaction() is the same transaction (as with PGlite).
  const inTransaction: SqlClient = { ...sql, transaction: (work) => work(inTransaction) }
  return { ...sql, close: () => client.end() }
}
