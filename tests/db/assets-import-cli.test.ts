import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../../scripts/lib/paths'
import { addSquareWards, IN_WEST } from './support/asset-fixtures'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'

// `npm run assets:import` as a script runs it against DATABASE_URL, as the person named by --as.
// The command reads the database a test file cannot hand it on PGlite without saving a folder
// (seconds each run), so its runs are on the server; the command line's own refusals run on both.
let db: TestDatabase
let dir: string
let builder: string
const onServer = Boolean(process.env.DATABASE_URL)

function run(args: string[]) {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
  const result = spawnSync(tsx, [join(repoRoot, 'scripts', 'assets-import.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir, DATABASE_URL: db.url ?? '' },
  })
  return {
    code: result.status,
    report: Papa.parse<Record<string, string>>(result.stdout.trim(), { header: true }).data,
    stderr: result.stderr,
  }
}

const count = async () =>
  (await db.admin.query<{ n: number }>(`select count(*)::int as n from public.assets`))[0]!.n

beforeAll(async () => {
  db = await openTestDatabase()
  await addSquareWards(db)
  builder = await createUser(db, ['builder'])
  dir = mkdtempSync(join(tmpdir(), 'assets-import-cli-'))
  const [lng, lat] = IN_WEST
  writeFileSync(
    join(dir, 'halls.csv'),
    `Name,Kind,Latitude,Longitude\nHall,Physical spaces,${lat},${lng}\nTwin Hall,physical_space,${lat},${lng}\nNowhere,economic,,\n`,
  )
  writeFileSync(
    join(dir, 'venues.csv'),
    `Venue;Type;Y;X\nLibrary;institution;${lat + 0.01};${lng}\n`,
  )
  writeFileSync(
    join(dir, 'mapping.json'),
    JSON.stringify({ name: 'Venue', kind: 'Type', latitude: 'Y', longitude: 'X' }),
  )
})
afterAll(() => db?.close())

describe('npm run assets:import', () => {
  it('exits 2 on a bad command line, naming what is wrong', () => {
    const noPerson = run(['halls.csv'])
    expect(noPerson.code).toBe(2)
    expect(noPerson.stderr).toContain('--as <email>')
    const unmapped = run(['venues.csv', '--as', 'someone@example.test'])
    expect(unmapped.code).toBe(2)
    expect(unmapped.stderr).toContain('Say which column holds the name.')
  })

  it.runIf(onServer)(
    'writes nothing when a row is refused, and reports every row as CSV',
    async () => {
      const before = await count()
      const result = run(['halls.csv', '--as', `${builder}@example.test`])
      expect(result.code).toBe(1)
      expect(result.report).toEqual([
        { row: '1', status: 'ok', reason: '', name: 'Hall' },
        {
          row: '2',
          status: 'warning',
          reason: 'Possibly the same as row 1 (within 50 m).',
          name: 'Twin Hall',
        },
        {
          row: '3',
          status: 'refused',
          reason: 'Give the place: longitude and latitude, easting and northing, or a postcode.',
          name: 'Nowhere',
        },
      ])
      expect(result.stderr).toContain('nothing written')
      expect(await count()).toBe(before)
    },
  )

  it.runIf(onServer)(
    'writes the other rows with --skip-refused (still exit 1), and a clean file with a mapping (exit 0)',
    async () => {
      const before = await count()
      expect(run(['halls.csv', '--as', `${builder}@example.test`, '--skip-refused']).code).toBe(1)
      expect(await count()).toBe(before + 2)
      const mapped = run([
        'venues.csv',
        '--as',
        `${builder}@example.test`,
        '--mapping',
        'mapping.json',
      ])
      expect(mapped.code).toBe(0)
      expect(mapped.report).toEqual([{ row: '1', status: 'ok', reason: '', name: 'Library' }])
      expect(await count()).toBe(before + 3)
      const dry = run([
        'venues.csv',
        '--as',
        `${builder}@example.test`,
        '--mapping',
        'mapping.json',
        '--dry-run',
      ])
      expect(dry.report[0]).toMatchObject({
        status: 'warning',
        reason: 'Possibly the same as "Library" (within 50 m).',
      })
      expect(await count()).toBe(before + 3)
    },
  )
})
