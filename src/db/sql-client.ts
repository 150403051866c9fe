/**
 * The little the migration runner and the region writer need from a database connection, so the
 * same code runs on node-postgres (a real server) and on PGlite (local mode, tests).
 */
export interface SqlClient {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>
}

/** One statement with `$1…` parameters, run as someone (their role and claims), returning its rows. */
export type SqlQuery = <Row = Record<string, unknown>>(
  sql: string,
  params?: readonly unknown[],
) => Promise<Row[]>
