import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../scripts/lib/paths'

// The one-command server setup, run as a user runs it. It needs a real server, so it runs where
// DATABASE_URL names one (CI); on PGlite the same steps are covered by region.test.ts.
const serverUrl = process.env.DATABASE_URL

describe.runIf(serverUrl)('npm run db:setup', () => {
  it('prepares an empty database with 257 wards, and a second run applies nothing and succeeds', async () => {
    const name = `cam_setup_${randomUUID().replace(/-/g, '').slice(0, 12)}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`create database ${name}`)
    const url = new URL(serverUrl!)
    url.pathname = `/${name}`
    try {
      const run = () =>
        execFileSync('npm', ['run', '-s', 'db:setup'], {
          cwd: repoRoot,
          env: { ...process.env, DATABASE_URL: url.toString() },
          encoding: 'utf8',
        })
      const first = run()
      const second = run()
      const db = new pg.Client({ connectionString: url.toString() })
      await db.connect()
      const { rows } = await db.query('select count(*)::int as n from public.wards')
      await db.end()
      expect(first).toMatch(/[1-9]\d* migration\(s\) applied/)
      expect(second).toMatch(/0 migration\(s\) applied; 257 wards/)
      expect(rows).toEqual([{ n: 257 }])
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  })
})
