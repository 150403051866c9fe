import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { pgliteSqlClient } from '../../src/db/pglite/pglite-sql-client'
import type { SqlClient, SqlQuery } from '../../src/db/sql-client'
import { connectPg } from './pg-sql-client'
import { setUpDatabase } from './set-up-database'

/** Who a command acts as: anonymous, or a person found by the email they sign in with. */
export type Actor = { role: 'anon' } | { role: 'authenticated'; userId: string; email: string }

/** The database named by DATABASE_URL, or else a local PGlite folder (made if new). */
export async function openCommandDatabase(
  databaseUrl: string | null,
  dataDir: string | null,
  cwd: string,
): Promise<{ client: SqlClient; close(): Promise<void> }> {
  if (databaseUrl !== null) {
    const client = await connectPg(databaseUrl)
    return { client, close: () => client.close() }
  }
  // A local database folder: made if new, brought up to the app's migrations otherwise, as the
  // app does with the one in the browser.
  const db = await PGlite.create(resolve(cwd, dataDir!), { extensions: { postgis } })
  const client = pgliteSqlClient(db)
  await setUpDatabase(client)
  return { client, close: () => db.close() }
}

/** The person to act as: anonymous without an email; null when no one has that email. */
export async function findActor(client: SqlClient, email: string | null): Promise<Actor | null> {
  if (email === null) return { role: 'anon' }
  // Looking the person up is the connection's own read; everything after runs as them.
  const [user] = await client.query<{ id: string; email: string }>(
    `select id::text, email from auth.users where lower(email) = lower($1)`,
    [email],
  )
  return user ? { role: 'authenticated', userId: user.id, email: user.email } : null
}

/**
 * Runs each statement as the actor, never as the connection's own (super)user: in a transaction
 * with `set local role` and the person's JWT claims, as PostgREST and the local adapter do. Given
 * a transaction, the statements share it (a dry run rolls it back).
 */
export function actingQuery(client: Pick<SqlClient, 'transaction'>, actor: Actor): SqlQuery {
  const claims =
    actor.role === 'anon'
      ? { role: 'anon' }
      : { role: 'authenticated', sub: actor.userId, email: actor.email }
  return (sql, params = []) =>
    client.transaction(async (tx) => {
      await tx.query(
        `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
        [actor.role, JSON.stringify(claims)],
      )
      return tx.query(sql, params)
    })
}

/**
 * What the command-line tools share: opens the database (DATABASE_URL, or the --data-dir
 * folder), finds the person to act as, runs `work`, and closes it, turning each failure into the
 * tools' exit codes (2: bad command line, such as no database named or no such person; 1: cannot
 * run), said on stderr through `say`.
 *
 * @returns work's exit code, or the failure's
 */
export async function runAsPerson(
  where: { databaseUrl: string | null; dataDir: string | null; cwd: string; email: string | null },
  say: (line: string) => void,
  work: (client: SqlClient, actor: Actor) => Promise<number>,
): Promise<number> {
  if (where.databaseUrl === null && where.dataDir === null) {
    say('Set DATABASE_URL or give --data-dir <folder> (a local PGlite database) (see --help)')
    return 2
  }
  let database: Awaited<ReturnType<typeof openCommandDatabase>>
  try {
    database = await openCommandDatabase(where.databaseUrl, where.dataDir, where.cwd)
  } catch (error) {
    say(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  try {
    const actor = await findActor(database.client, where.email)
    if (actor === null) {
      say(`No person with the email ${where.email ?? ''} (see --help)`)
      return 2
    }
    return await work(database.client, actor)
  } catch (error) {
    say(error instanceof Error ? error.message : String(error))
    return 1
  } finally {
    await database.close()
  }
}
