import { parseArgs } from 'node:util'

export type DirectoryArgs =
  | { command: 'help' }
  | { command: 'export'; out: string; as: string | null; dataDir: string | null }
  | {
      command: 'import'
      file: string
      dryRun: boolean
      skipRefused: boolean
      as: string | null
      dataDir: string | null
    }

export const DIRECTORY_USAGE = `Usage:
  npm run -s directory -- export --format oruk --out <file.json> [--as <email>] [--data-dir <dir>]
  npm run -s directory -- import <file.json> [--dry-run] [--skip-refused] [--as <email>] [--data-dir <dir>]

  export          writes the directory (as the public sees it) as Open Referral UK 3.0 JSON:
                  an array of services valid against schema/compiled/service_package.json
  import          reads ORUK services (an array, a page with "contents", or one service) and
                  prints a report per record as CSV: record,type,id,status,reason
  --dry-run       report only: write nothing
  --skip-refused  write the records that can be written (otherwise one refusal writes nothing)
  --as            act as this person (by email), through the same functions as the app
  --data-dir      a local PGlite database folder, when DATABASE_URL is not set

  Exit: 0 every record imported, 1 a record refused (or cannot run), 2 bad command line.`

/**
 * Reads the command line of `npm run directory`.
 *
 * @returns the command, or a one-line reason it cannot be used
 */
export function parseDirectoryArgs(
  argv: readonly string[],
): { ok: true; args: DirectoryArgs } | { ok: false; message: string } {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    return {
      ok: false,
      message: (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
    }
  }
  const { values, positionals } = parsed
  if (values.help) return { ok: true, args: { command: 'help' } }
  const [command, ...rest] = positionals
  const as = values.as ?? null
  const dataDir = values['data-dir'] ?? null
  if (as === '') return { ok: false, message: '--as needs an email address' }
  if (command === 'export') {
    if (rest.length > 0) return { ok: false, message: `Unexpected argument: ${rest[0]}` }
    if (values.format !== 'oruk') return { ok: false, message: 'export needs --format oruk' }
    if (!values.out) return { ok: false, message: 'export needs --out <file.json>' }
    if (values['dry-run'] || values['skip-refused']) {
      return { ok: false, message: '--dry-run and --skip-refused are for import' }
    }
    return { ok: true, args: { command: 'export', out: values.out, as, dataDir } }
  }
  if (command === 'import') {
    if (rest.length !== 1)
      return { ok: false, message: 'import needs one file: import <file.json>' }
    if (values.out || values.format)
      return { ok: false, message: '--out and --format are for export' }
    return {
      ok: true,
      args: {
        command: 'import',
        file: rest[0]!,
        dryRun: values['dry-run'] ?? false,
        skipRefused: values['skip-refused'] ?? false,
        as,
        dataDir,
      },
    }
  }
  return {
    ok: false,
    message: command === undefined ? 'Say export or import' : `Unknown command: ${command}`,
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      as: { type: 'string' },
      'data-dir': { type: 'string' },
      'dry-run': { type: 'boolean' },
      'skip-refused': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  })
}
