// The local database: PGlite + PostGIS in a Web Worker, persisted in IndexedDB. PGliteWorker
// elects one tab as leader to run it, so several tabs share one database safely.
// First visit: the prebuilt snapshot (PostGIS, migrations, region) is loaded, so no
// `create extension` runs here. A backup chosen for restoring replaces the database here, the one
// moment it is closed. Every start applies only the migrations the database lacks.
import { PGlite } from '@electric-sql/pglite'
import { worker } from '@electric-sql/pglite/worker'
import { postgis } from '@electric-sql/pglite-postgis'
import { applyMigrations } from '../migrate/apply-migrations'
import { parseMigrationFiles } from '../migrate/migration'
import type { StartupProgress } from '../port'
import {
  indexedDbNameFor,
  type LocalDatabaseMeta,
  type StartupMessage,
} from './local-database-meta'
import { deleteIndexedDb } from './delete-indexed-db'
import { flushOnlyAtCommit } from './flush-at-commit'
import { clearPendingRestore, readPendingRestore } from './pending-restore'
import { pgliteSqlClient } from './pglite-sql-client'
import { passErrorFieldsToTabs } from './worker-error'

const migrationFiles: Record<string, string> = import.meta.glob(
  '../../../supabase/migrations/*.sql',
  { query: '?raw', import: 'default', eager: true },
)

// PGliteWorker logs every failed call with console.error before passing it to the tab, including
// refusals the app expects and shows the user (a point outside the region, a stale version, a
// permission check). Those are logged as information; anything else stays an error.
const EXPECTED_REFUSALS = /^(22023|23505|23514|42501|P0001|P0002|P0409|P0429)$/
const logError = console.error.bind(console)
console.error = (...args: unknown[]) => {
  const code = (args[0] as { code?: unknown } | undefined)?.code
  if (typeof code === 'string' && EXPECTED_REFUSALS.test(code)) console.info('Refused:', ...args)
  else logError(...args)
}

void worker({
  async init(options) {
    const meta = options.meta as LocalDatabaseMeta
    const channel = new BroadcastChannel(meta.progressChannel)
    const say = (message: StartupMessage) => channel.postMessage(message)
    const report = (progress: StartupProgress) => say({ kind: 'progress', progress })
    try {
      return await start(meta, report)
    } catch (error) {
      // Said on the channel as well: PGliteWorker would only retry, and the tab would wait.
      say({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      throw error
    } finally {
      channel.close()
    }
  },
})

async function start(meta: LocalDatabaseMeta, report: (progress: StartupProgress) => void) {
  const restoring = await readPendingRestore()
  if (restoring) {
    await deleteIndexedDb(
      indexedDbNameFor(meta.name),
      'Close the other tabs of this app, then reload, to finish restoring.',
    )
  }
  const exists = !restoring && (await hasIndexedDb(indexedDbNameFor(meta.name)))
  const snapshot = restoring ?? (exists ? undefined : await download(meta.snapshotUrl, report))
  report({ phase: 'opening' })
  const db = await PGlite.create({
    dataDir: `idb://${meta.name}`,
    extensions: { postgis },
    ...(snapshot ? { loadDataDir: snapshot } : {}),
  })
  report({ phase: 'migrating' })
  await applyMigrations(pgliteSqlClient(db), parseMigrationFiles(migrationFiles))
  if (restoring) await clearPendingRestore()
  report({ phase: 'ready' })
  return passErrorFieldsToTabs(flushOnlyAtCommit(db))
}

async function hasIndexedDb(name: string): Promise<boolean> {
  const databases = await indexedDB.databases()
  return databases.some((database) => database.name === name)
}

async function download(url: string, report: (value: StartupProgress) => void): Promise<Blob> {
  const response = await fetch(url)
  if (!response.ok || !response.body) {
    throw new Error(`Could not download the local database (${response.status} ${url})`)
  }
  // A static host answers a missing file with the app's index.html.
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    throw new Error(
      `This build has no local database snapshot at ${url}; build it with npm run prepare:local`,
    )
  }
  const total = Number(response.headers.get('content-length')) || undefined
  const reader = response.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let loaded = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    loaded += value.byteLength
    report({ phase: 'downloading', loadedBytes: loaded, ...(total ? { totalBytes: total } : {}) })
  }
  return new Blob(chunks, { type: 'application/x-gzip' })
}
