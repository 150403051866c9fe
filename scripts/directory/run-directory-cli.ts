import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { toSpreadsheetCsv } from '../../src/core/export/to-spreadsheet-csv'
import { exportDirectoryAsOruk } from '../../src/core/directory/export-directory-as-oruk'
import { importOrukFile } from '../../src/db/directory/import-oruk-file'
import { createSqlDirectorySource } from '../../src/db/directory/sql-directory-source'
import { actingQuery, runAsPerson } from '../lib/acting-database'
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
  const where = { ...context, dataDir: args.dataDir, email: args.as }
  return runAsPerson(where, say, async (client, actor) => {
    const query = actingQuery(client, actor)
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
  })
}
