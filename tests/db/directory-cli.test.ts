import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../../scripts/lib/paths'
import {
  createPartnerWorld,
  saveScheme,
  scheme,
  type PartnerWorld,
} from './support/partner-fixtures'
import { openTestDatabase, type TestDatabase } from './support/test-database'

// `npm run directory` as a script runs it: against DATABASE_URL on the server, or a PGlite folder
// (--data-dir) otherwise; acting as a person named by --as, through the same functions as the app.
let db: TestDatabase
let w: PartnerWorld
let dir: string
let target: { env: Record<string, string>; args: string[] }
const onServer = Boolean(process.env.DATABASE_URL)

function run(args: string[], env = target.env) {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
  const result = spawnSync(tsx, [join(repoRoot, 'scripts', 'directory.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir, ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const emailOf = (actor: PartnerWorld['admin']) =>
  actor.role === 'authenticated' ? `${actor.userId}@example.test` : ''

beforeAll(async () => {
  db = await openTestDatabase()
  w = await createPartnerWorld(db)
  await saveScheme(db, w.partnerA, scheme(w.orgA, { name: 'Street Watch' }))
  dir = mkdtempSync(join(tmpdir(), 'directory-cli-'))
  if (db.url) {
    target = { env: { DATABASE_URL: db.url }, args: [] }
  } else {
    // The test's database, saved as a local database folder for the command to open.
    const dump = await db.pglite!.dumpDataDir('gzip')
    const folder = join(dir, 'local-db')
    const copy = await PGlite.create(folder, { extensions: { postgis }, loadDataDir: dump })
    await copy.close()
    target = { env: { DATABASE_URL: '' }, args: ['--data-dir', 'local-db'] }
  }
})
afterAll(() => db?.close())

describe('npm run directory', () => {
  it('exports the directory to a file', () => {
    const exported = run(['export', '--format', 'oruk', '--out', 'directory.json', ...target.args])
    expect(exported.stderr).toContain('wrote 1 services')
    expect(exported.code).toBe(0)
    const file = JSON.parse(readFileSync(join(dir, 'directory.json'), 'utf8')) as Array<{
      name: string
    }>
    expect(file.map(({ name }) => name)).toEqual(['Street Watch'])
  })

  // The report and exit codes do not depend on the database's kind: on PGlite, where each run
  // opens the folder afresh (seconds), the import cases are left to the server run.
  it.runIf(onServer)('imports the file back as its partner, with a CSV report', () => {
    const imported = run(['import', 'directory.json', '--as', emailOf(w.partnerA), ...target.args])
    expect(imported.code).toBe(0)
    expect(Papa.parse(imported.stdout.trim(), { header: true }).data).toEqual([
      { record: '1', type: 'organization', id: w.orgA, status: 'ok', reason: '' },
      { record: '1', type: 'service', id: expect.any(String), status: 'ok', reason: '' },
    ])
  })

  it.runIf(onServer)('exits 1 and writes nothing when another partner imports the file', () => {
    const imported = run(['import', 'directory.json', '--as', emailOf(w.partnerB), ...target.args])
    expect(imported.code).toBe(1)
    const lines = Papa.parse<Record<string, string>>(imported.stdout.trim(), { header: true }).data
    expect(lines.map(({ status }) => status)).toEqual(['refused', 'refused'])
    expect(imported.stderr).toContain('nothing written')
  })

  it('exits 2 on a bad command line', () => {
    const bad = run(['import'], {})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('import needs one file')
    writeFileSync(join(dir, 'x.json'), '[]')
    expect(run(['export', '--format', 'csv', '--out', 'x.json'], {}).code).toBe(2)
  })
})
