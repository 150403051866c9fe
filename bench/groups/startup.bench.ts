// Start-up figures for issue "Foundation":
// - the local database's cold start from the prebuilt snapshot, against building the same database
//   from scratch (create extension postgis, the migrations, the Essex region) in the same run;
// - the JavaScript a browser downloads before the ward map's first paint, in local and connected
//   mode, against all the JavaScript in the build; and how much of PGlite connected mode downloads.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { chromium } from '@playwright/test'
import { pgliteSqlClient } from '../../src/db/pglite/pglite-sql-client'
import { chromiumExecutable } from '../../scripts/chromium-executable'
import { defaultDataDir, repoRoot } from '../../scripts/lib/paths'
import { loadRegion } from '../../scripts/lib/load-region'
import { setUpDatabase } from '../../scripts/lib/set-up-database'
import { benchRow, median, type BenchGroup, type BenchRow } from '../bench-row'

const snapshotPath = join(repoRoot, 'public', 'generated', 'db', 'snapshot.pgdata')

async function coldStartFromSnapshot(): Promise<number> {
  const bytes = readFileSync(snapshotPath)
  const started = performance.now()
  const db = await PGlite.create({ extensions: { postgis }, loadDataDir: new Blob([bytes]) })
  await db.query('select count(*) from public.wards')
  const elapsed = performance.now() - started
  await db.close()
  return elapsed
}

async function startFromScratch(): Promise<number> {
  const region = loadRegion('essex', defaultDataDir).dataset
  const started = performance.now()
  const db = await PGlite.create({ extensions: { postgis } })
  await setUpDatabase(pgliteSqlClient(db), { region })
  await db.query('select count(*) from public.wards')
  const elapsed = performance.now() - started
  await db.close()
  return elapsed
}

function build(outDir: string, env: Record<string, string>) {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  })
}

function totalJsBytes(dir: string): number {
  let total = 0
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (/\.(m?js)$/.test(name)) total += statSync(join(dir, name)).size
  }
  return total
}

/** What a page waits for: the ward map drawn, or the offer form's "Start now" shown. */
const PAGES = {
  map: { path: '/?basemap=builtin', ready: '[data-wards-drawn="257"]' },
  offerForm: { path: '/offer', ready: '#residents-main .residents-button--start' },
}

/** Loads a page of the build in Chromium and sums the JS received until it is ready. */
async function jsBeforeReady(outDir: string, port: number, shown: keyof typeof PAGES = 'map') {
  // vite itself, not through npx: killing npx would leave vite serving this build on the port,
  // and the next run's server (--strictPort) would fail while the old build answered for it.
  const server = spawn(
    join(repoRoot, 'node_modules', '.bin', 'vite'),
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: repoRoot, stdio: 'ignore' },
  )
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  })
  try {
    await waitForServer(`http://127.0.0.1:${port}/`, server)
    const page = await browser.newPage()
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
    const downloaded: Array<{ url: string; bytes: number }> = []
    page.on('response', async (response) => {
      const url = response.url()
      if (!/\.m?js(\?|$)/.test(url)) return
      const body = await response.body().catch(() => Buffer.alloc(0))
      downloaded.push({ url, bytes: body.length })
    })
    await page.goto(`http://127.0.0.1:${port}${PAGES[shown].path}`)
    await page.locator(PAGES[shown].ready).first().waitFor({ timeout: 60_000 })
    const beforePaint = downloaded.reduce((sum, file) => sum + file.bytes, 0)
    await page.waitForTimeout(3000)
    const pgliteBytes = downloaded
      .filter((file) => /pglite|local-database|postgis/.test(file.url))
      .reduce((sum, file) => sum + file.bytes, 0)
    return { beforePaint, pgliteBytes }
  } finally {
    await browser.close()
    server.kill()
  }
}

async function waitForServer(url: string, server: ChildProcess) {
  for (let i = 0; i < 60; i++) {
    // Another server on the port would answer for it, with another build.
    if (server.exitCode !== null) throw new Error(`vite preview for ${url} exited: port in use?`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer`)
}

const startup: BenchGroup = {
  name: 'startup',
  async run(): Promise<BenchRow[]> {
    execFileSync('npx', ['tsx', 'scripts/prepare-local.ts'], { cwd: repoRoot, stdio: 'ignore' })
    const snapshotRuns = [] as number[]
    for (let i = 0; i < 3; i++) snapshotRuns.push(await coldStartFromSnapshot())
    const scratch = await startFromScratch()
    const rows = [
      benchRow(
        'local_db.cold_start.snapshot',
        'ms',
        median(snapshotRuns),
        scratch,
        'Node; baseline: create extension + migrations + region from scratch, 1 run',
      ),
      benchRow('local_db.snapshot.size', 'MB', statSync(snapshotPath).size / 1e6),
    ]
    const localDir = join(repoRoot, '.cache', 'bench-dist-local')
    const connectedDir = join(repoRoot, '.cache', 'bench-dist-connected')
    build(localDir, { VITE_SUPABASE_URL: '', VITE_SUPABASE_ANON_KEY: '' })
    build(connectedDir, {
      VITE_SUPABASE_URL: 'https://bench-project.supabase.co',
      VITE_SUPABASE_ANON_KEY: 'bench-anon-key-not-a-secret-0123456789',
    })
    const local = await jsBeforeReady(localDir, 4191)
    const connected = await jsBeforeReady(connectedDir, 4192)
    const offerForm = await jsBeforeReady(connectedDir, 4193, 'offerForm')
    rows.push(
      benchRow(
        'bundle.js_before_first_paint.local',
        'KB',
        local.beforePaint / 1e3,
        totalJsBytes(localDir) / 1e3,
        'baseline: all JS in the build',
      ),
      benchRow(
        'bundle.js_before_first_paint.connected',
        'KB',
        connected.beforePaint / 1e3,
        totalJsBytes(connectedDir) / 1e3,
        'baseline: all JS in the build',
      ),
      benchRow(
        'bundle.js_before_offer_form.connected',
        'KB',
        offerForm.beforePaint / 1e3,
        connected.beforePaint / 1e3,
        "a resident's phone opening /offer; baseline: the JS before the map's first paint",
      ),
      benchRow(
        'bundle.pglite_js_downloaded.connected',
        'KB',
        connected.pgliteBytes / 1e3,
        local.pgliteBytes / 1e3,
        'baseline: the same in local mode',
      ),
    )
    return rows
  },
}

export default startup
