import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { toSpreadsheetCsv } from '../../src/core/export/to-spreadsheet-csv'
import { exportDirectoryAsOruk } from '../../src/core/directory/export-directory-as-oruk'
import { importOrukFile } from '../../src/db/directory/import-oruk-file'
import {
  createSqlDirectorySource,
  type DirectoryQuery,
} from '../../src/db/directory/sql-directory-source'
import { pgliteSqlClient } from '../../src/db/pglite/pglite-sql-client'
import type { SqlClient } from '../../src/db/sql-client'
import { connectPg } from '../lib/pg-sql-client'
import { setUpDatabase } from '../lib/set-up-database'
import { DIRECTORY_USAGE, parseDirectoryArgs } from './parse-directory-args'

export interface DirectoryCliContext {
  /** Where relative paths start: npm's INIT_CWD, else the process's working folder. */
  cwd: string
  /** DATABASE_URL, if set. */
  databaseUrl: string | null
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/**
 * `npm run directory`: exports the directory as Open Referral UK JSON, or imports such a file
 * through `import_directory` as the person named by --as (anonymous without it), never as the
 * connection's own (super)user: each statement runs in a transaction with `set local role` and the
 * person's JWT claims, as PostgREST and the local adapter do.
 *
 * @returns the exit code: 0 done (every record imported), 1 a record refused or cannot run, 2 bad
 *   command line
 */
export async function runDirectoryCli(
  argv: readonly string[],
  context: DirectoryCliContext,
): Promise<number> {
  const say = (line: string): void => context.stderr(`directory: ${line}\n`)
  const parsed = parseDirectoryArgs(argv)
  if (!parsed.ok) {
    say(`${parsed.message} (see --help)`)
    return 2
  }
  const { args } = parsed
  if (args.command === 'help') {
    context.stdout(`${DIRECTORY_USAGE}\n`)
    return 0
  }
  if (context.databaseUrl === null && args.dataDir === null) {
    say('Set DATABASE_URL or give --data-dir <folder> (a local PGlite database) (see --help)')
    return 2
  }
  let file: unknown = null
  if (args.command === 'import') {
    const path = resolve(context.cwd, args.file)
    try {
      file = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      say(`Cannot read ${path} as JSON: ${error instanceof Error ? error.message : String(error)}`)
      return 1
    }
  }
  let database: { client: SqlClient; close(): Promise<void> }
  try {
    database = await openDatabase(context.databaseUrl, args.dataDir, context.cwd)
  } catch (error) {
    say(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  try {
    const actor = await findActor(database.client, args.as)
    if (actor === null) {
      say(`No person with the email ${args.as ?? ''} (see --help)`)
      return 2
    }
    const query = actingQuery(database.client, actor)
    if (args.command === 'export') {
      const services = await exportDirectoryAsOruk(createSqlDirectorySource(query))
      const out = resolve(context.cwd, args.out)
      writeFileSync(out, `${JSON.stringify(services, null, 2)}\n`)
      say(`wrote ${services.length} services to ${out}`)
      return 0
    }
    const report = await importOrukFile(query, file, args)
    context.stdout(
      `${toSpreadsheetCsv(
        ['record', 'type', 'id', 'status', 'reason'],
        report.map((line) => ({
          record: line.record_no,
          type: line.record_type,
          id: line.record_id,
          status: line.status,
          reason: line.reason,
        })),
      )}\r\n`,
    )
    const refused = report.filter(({ status }) => status === 'refused').length
    const written = args.dryRun
      ? 'nothing written (dry run)'
      : refused > 0 && !args.skipRefused
        ? 'nothing written'
        : 'written'
    say(`${report.length} records, ${refused} refused: ${written}`)
    return refused > 0 ? 1 : 0
  } catch (error) {
    say(error instanceof Error ? error.message : String(error))
    return 1
  } finally {
    await database.close()
  }
}

type Actor = { role: 'anon' } | { role: 'authenticated'; userId: string; email: string }

async function openDatabase(databaseUrl: string | null, dataDir: string | null, cwd: string) {
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

/** The person to act as: anonymous without --as; null when no one has that email. */
async function findActor(client: SqlClient, email: string | null): Promise<Actor | null> {
  if (email === null) return { role: 'anon' }
  // Looking the person up is the connection's own read; everything after runs as them.
  const [user] = await client.query<{ id: string; email: string }>(
    `select id::text, email from auth.users where lower(email) = lower($1)`,
    [email],
  )
  return user ? { role: 'authenticated', userId: user.id, email: user.email } : null
}

function actingQuery(client: SqlClient, actor: Actor): DirectoryQuery {
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
