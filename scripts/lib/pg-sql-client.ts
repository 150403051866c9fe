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
  const sql: SqlClient = {
    async exec(text) {
      await client.query(text)
    },
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, [...params])
      return result.rows as Row[]
    },
    async transaction(work) {
      await client.query('begin')
      try {
        const result = await work(sql)
        await client.query('commit')
        return result
      } catch (error) {
        await client.query('rollback')
        throw error
      }
    },
  }
  return { ...sql, close: () => client.end() }
}
