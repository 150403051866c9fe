import { parseArgs } from 'node:util'

export interface AssetsImportArgs {
  help: boolean
  file: string
  mapping: string | null
  dryRun: boolean
  skipRefused: boolean
  as: string
  dataDir: string | null
}

export const ASSETS_IMPORT_USAGE = `Usage:
  npm run -s assets:import -- <file> --as <email> [--mapping <mapping.json>] [--dry-run] [--skip-refused] [--data-dir <dir>]

  <file>          a .csv (any common encoding and delimiter, with or without a BOM), .tsv or .txt
                  with a header row, an .xlsx spreadsheet (its first sheet), a .geojson or .json
                  file, or a zipped Shapefile (.zip with .shp, .dbf and .prj)
  --as            the person importing (by email): the rows are checked and written through the
                  same functions as the app, with that person's rights
  --mapping       a JSON object naming the column of each field, e.g. {"name": "Venue",
                  "kind": "Type", "postcode": "Post code"}; fields: name, kind, subtype,
                  description, contact, website, opening_times, tags, latitude, longitude,
                  easting, northing, postcode. Without it, plainly named headers map themselves.
  --dry-run       check every row and print the report: write nothing
  --skip-refused  write the rows that can be written (otherwise one refusal writes nothing)
  --data-dir      a local PGlite database folder, when DATABASE_URL is not set

  Prints the report as CSV on stdout: row,status,reason,name (status ok, warning or refused;
  rows numbered from 1 after the header).
  Exit: 0 every row imported, 1 a row refused (or cannot run), 2 bad command line.`

/** Reads the command line of `npm run assets:import`, or says in one line why it cannot. */
export function parseAssetsImportArgs(
  argv: readonly string[],
): { ok: true; args: AssetsImportArgs } | { ok: false; message: string } {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        mapping: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'skip-refused': { type: 'boolean' },
        as: { type: 'string' },
        'data-dir': { type: 'string' },
      },
    })
  } catch (error) {
    return {
      ok: false,
      message: (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
    }
  }
  const { values, positionals } = parsed
  const base = {
    mapping: values.mapping ?? null,
    dryRun: values['dry-run'] ?? false,
    skipRefused: values['skip-refused'] ?? false,
    dataDir: values['data-dir'] ?? null,
  }
  if (values.help) return { ok: true, args: { help: true, file: '', as: '', ...base } }
  if (positionals.length !== 1) return { ok: false, message: 'Give one file to import' }
  if (!values.as) return { ok: false, message: '--as <email> names the person importing' }
  if (base.dryRun && base.skipRefused) {
    return { ok: false, message: '--dry-run writes nothing: --skip-refused has no meaning with it' }
  }
  return { ok: true, args: { help: false, file: positionals[0]!, as: values.as, ...base } }
}
