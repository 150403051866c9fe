/**
 * Deletes an IndexedDB database, from a tab or a worker.
 *
 * @param blockedMessage - what to tell the person when another tab still has it open
 */
export function deleteIndexedDb(name: string, blockedMessage: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`))
    request.onblocked = () => reject(new Error(blockedMessage))
  })
}
