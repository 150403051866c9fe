// Opens a backup file in a database of its own, in memory, in a short-lived worker (opening takes
// seconds of WebAssembly that must not freeze the page), and says what it holds.
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { pgliteSqlClient } from './pglite-sql-client'
import { summariseBackup } from './summarise-backup'

export interface InspectBackupRequest {
  file: Blob
  knownVersions: string[]
}

self.onmessage = async (event: MessageEvent<InspectBackupRequest>) => {
  const { file, knownVersions } = event.data
  let db: PGlite | null = null
  try {
    db = await PGlite.create({ extensions: { postgis }, loadDataDir: file })
    const summary = await summariseBackup(pgliteSqlClient(db), knownVersions)
    postMessage({ ok: true, summary })
  } catch (error) {
    // PGlite's own failures (not gzip, not a data directory) mean the same to the person.
    const known = error instanceof Error && error.name === 'DataError'
    postMessage({
      ok: false,
      message: known ? error.message : 'This file is not a backup of Community Asset Map.',
    })
  } finally {
    await db?.close().catch(() => undefined)
  }
}
