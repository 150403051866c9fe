import { PGliteWorker } from '@electric-sql/pglite/worker'
import { deleteIndexedDb } from './delete-indexed-db'
import type { StartupProgress } from '../port'
import {
  indexedDbNameFor,
  type LocalDatabaseMeta,
  type StartupMessage,
} from './local-database-meta'

const DATABASE_NAME = 'community-asset-map'

/**
 * Starts (or joins, from a second tab) the local database worker and reports progress.
 *
 * @param snapshotUrl - where the build serves the prebuilt snapshot
 * @param onProgress - called with each phase and the download's bytes
 */
export async function openLocalDatabase(
  snapshotUrl: string,
  onProgress: (progress: StartupProgress) => void,
): Promise<PGliteWorker> {
  const meta: LocalDatabaseMeta = {
    name: DATABASE_NAME,
    snapshotUrl,
    progressChannel: `${DATABASE_NAME}:startup`,
  }
  const channel = new BroadcastChannel(meta.progressChannel)
  const failed = new Promise<never>((_, reject) => {
    channel.onmessage = (event: MessageEvent<StartupMessage>) => {
      if (event.data.kind === 'progress') onProgress(event.data.progress)
      else reject(new Error(`The local database could not start: ${event.data.message}`))
    }
  })
  const worker = new Worker(new URL('./local-database.worker.ts', import.meta.url), {
    type: 'module',
    name: 'local-database',
  })
  try {
    // create() resolves when the worker answers; the database is usable once a leader tab has
    // finished init (snapshot, migrations) and this tab is connected to it.
    const ready = PGliteWorker.create(worker, { meta }).then(async (db) => {
      await db.waitReady
      return db
    })
    return await Promise.race([ready, failed])
  } catch (error) {
    // PGliteWorker would retry the failed start for ever; stop it so the failure is said once.
    worker.terminate()
    throw error
  } finally {
    channel.close()
  }
}

/** Deletes the local database from this browser (the "start again" escape hatch). */
export function deleteLocalDatabase(): Promise<void> {
  return deleteIndexedDb(
    indexedDbNameFor(DATABASE_NAME),
    'Close the other tabs of this app, then try again.',
  )
}
