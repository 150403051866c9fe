/** Who the local user acts as: their id and the JWT claims PostgREST would pass. */
export interface LocalActor {
  userId: string
  email: string
}

/** Runs one statement with `$1…` parameters and returns its rows. */
export type SqlQuery = (sql: string, params?: readonly unknown[]) => Promise<unknown[]>

/** Runs `work` in one transaction as the acting user. */
export type AsActor = <T>(work: (query: SqlQuery) => Promise<T>) => Promise<T>

/**
 * What the local adapter needs of a database: transactions, and notifications on a channel.
 * PGlite (in the Web Worker, or in Node for tests) provides both; so does a Postgres server, which
 * lets the tests run the local adapter against both databases.
 */
export interface LocalDatabase {
  transaction<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>
  /** Calls `onPayload` with each notification's text; resolves to a function that stops it. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>
}
