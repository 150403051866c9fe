import type { PGlite, Transaction } from '@electric-sql/pglite'
import type { SqlClient } from '../sql-client'

/**
 * A SqlClient over PGlite (in Node for the snapshot build and tests, or in the Web Worker).
 * Inside a transaction, `transaction()` runs in the same one: PGlite has no nested transactions.
 */
export function pgliteSqlClient(db: PGlite | Transaction): SqlClient {
  return {
    async exec(sql) {
      await db.exec(sql)
    },
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, [...params])
      return result.rows
    },
    async transaction(work) {
      if ('transaction' in db) return db.transaction((tx) => work(pgliteSqlClient(tx)))
      return work(pgliteSqlClient(db))
    },
  }
}
