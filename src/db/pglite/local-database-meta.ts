import type { StartupProgress } from '../port'

/** What the main thread tells the local database worker (PGliteWorker's `meta`). */
export interface LocalDatabaseMeta {
  /** The IndexedDB name PGlite stores the database under (`idb://<name>`). */
  name: string
  /** Where the prebuilt snapshot is served (first visit only). */
  snapshotUrl: string
  /** BroadcastChannel on which the worker reports StartupProgress. */
  progressChannel: string
}

/** PGlite's IDBFS keeps `idb://<name>` in an IndexedDB database of this name. */
export function indexedDbNameFor(name: string): string {
  return `/pglite/${name}`
}

/** What the worker says on the progress channel: how far it got, or why it stopped. */
export type StartupMessage =
  { kind: 'progress'; progress: StartupProgress } | { kind: 'failed'; message: string }
