import type { PGliteWorker } from '@electric-sql/pglite/worker'
import { DataError } from '../data-error'
import type { BackupSummary, DeviceDatabasePort } from '../device-database-port'
import type { InspectBackupRequest } from './inspect-backup.worker'
import { keepPendingRestore, readPendingRestore } from './pending-restore'

// Opening a backup is seconds of work; a file PGlite cannot read may hang rather than fail.
const INSPECT_TIMEOUT_MS = 90_000

/** Backups of the local database (in the worker) and their restoring at the next start. */
export function localDeviceDatabase(db: PGliteWorker): DeviceDatabasePort {
  return {
    backup: () => db.dumpDataDir('gzip'),
    async inspect(file) {
      if (!(await isGzip(file))) {
        throw new DataError('This file is not a backup of Community Asset Map.')
      }
      // This release's migrations are exactly those the running database has.
      const { rows } = await db.query<{ version: string }>(
        'select version from supabase_migrations.schema_migrations',
      )
      return inspectInWorker({ file, knownVersions: rows.map((row) => row.version) })
    },
    restore: (file) => keepPendingRestore(file),
    restorePending: async () => (await readPendingRestore()) !== null,
  }
}

async function isGzip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  return head[0] === 0x1f && head[1] === 0x8b
}

function inspectInWorker(request: InspectBackupRequest): Promise<BackupSummary> {
  const worker = new Worker(new URL('./inspect-backup.worker.ts', import.meta.url), {
    type: 'module',
    name: 'inspect-backup',
  })
  return new Promise<BackupSummary>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DataError('This file could not be read as a backup (it took too long).')),
      INSPECT_TIMEOUT_MS,
    )
    worker.onmessage = (
      event: MessageEvent<{ ok: true; summary: BackupSummary } | { ok: false; message: string }>,
    ) => {
      clearTimeout(timer)
      if (event.data.ok) resolve(event.data.summary)
      else reject(new DataError(event.data.message))
    }
    worker.onerror = () => {
      clearTimeout(timer)
      reject(new DataError('This file could not be read as a backup.'))
    }
    worker.postMessage(request)
  }).finally(() => worker.terminate())
}
