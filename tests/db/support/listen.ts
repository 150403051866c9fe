import pg from 'pg'
import type { LocalDatabase } from '../../../src/db/pglite/local-database'
import type { TestDatabase } from './test-database'

/**
 * Listens on a notification channel of the test database: PGlite's listen(), or on the real
 * server a second connection running LISTEN (the admin connection runs the statements).
 * Resolves to a function that stops listening.
 */
export async function listenTo(
  db: TestDatabase,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  if (db.pglite) return db.pglite.listen(channel, onPayload)
  const [{ name }] = (await db.admin.query<{ name: string }>(
    'select current_database() as name',
  )) as [{ name: string }]
  const url = new URL(process.env.DATABASE_URL!)
  url.pathname = `/${name}`
  const listener = new pg.Client({ connectionString: url.toString() })
  await listener.connect()
  listener.on('notification', (message) => {
    if (message.channel === channel) onPayload(message.payload ?? '')
  })
  await listener.query(`listen ${pg.escapeIdentifier(channel)}`)
  return () => listener.end()
}

const queues = new WeakMap<TestDatabase, Promise<unknown>>()

/**
 * The local adapter's database over the test database, so the same adapter code runs on PGlite
 * and on the real server: transactions on the admin connection (the adapter sets the role and
 * the JWT claims inside each), notifications as listenTo. The real server's admin connection is
 * one node-postgres client, so transactions wait for each other here, as PGlite's do; otherwise
 * two started at once (e.g. a port's start-up work and a test's call) would interleave their
 * statements in one session. One queue per database, shared by every port made over it.
 */
export function testLocalDatabase(db: TestDatabase): LocalDatabase {
  return {
    transaction: (work) => {
      const run = (queues.get(db) ?? Promise.resolve()).then(() =>
        db.admin.transaction((tx) => work((sql, params) => tx.query(sql, params))),
      )
      queues.set(
        db,
        run.catch(() => undefined),
      )
      return run
    },
    listen: (channel, onPayload) => listenTo(db, channel, onPayload),
  }
}
