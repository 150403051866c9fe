// A backup chosen for restoring waits here, in an IndexedDB database of its own, until the local
// database worker next starts: only then is the database closed, so only then can it be replaced.
// Both the tab (which keeps it) and the worker (which takes it) reach IndexedDB.

const DATABASE = 'community-asset-map:pending-restore'
const STORE = 'pending'
const KEY = 'backup'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('Could not open the restore slot'))
  })
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode)
      const request = work(transaction.objectStore(STORE))
      transaction.oncomplete = () => resolve(request.result)
      transaction.onerror = () => reject(transaction.error ?? new Error('Restore slot failed'))
    })
  } finally {
    db.close()
  }
}

/** Keeps `file` to replace the local database at the worker's next start. */
export async function keepPendingRestore(file: Blob): Promise<void> {
  // Stored as bytes: a File from an <input> may not survive being stored in every browser.
  const bytes = await file.arrayBuffer()
  await run('readwrite', (store) => store.put(bytes, KEY))
}

/** The backup waiting to be restored, if any (it stays until {@link clearPendingRestore}). */
export async function readPendingRestore(): Promise<Blob | null> {
  const bytes = await run<ArrayBuffer | undefined>('readonly', (store) => store.get(KEY))
  return bytes ? new Blob([bytes], { type: 'application/x-gzip' }) : null
}

export async function clearPendingRestore(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY))
}
