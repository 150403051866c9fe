import type { PGlite } from '@electric-sql/pglite'

// The end of a cycle of the extended protocol: a Sync message ('S', length 4).
const SYNC_MESSAGE = [0x53, 0, 0, 0, 4]
const SIMPLE_QUERY = 0x51 // 'Q'

/** True when the protocol message ends a statement: a Sync, or a simple Query. */
export function endsAStatement(message: Uint8Array): boolean {
  if (message[0] === SIMPLE_QUERY) return true
  if (message.length < SYNC_MESSAGE.length) return false
  const tail = message.subarray(message.length - SYNC_MESSAGE.length)
  return SYNC_MESSAGE.every((byte, index) => tail[index] === byte)
}

function isBareSync(message: Uint8Array): boolean {
  return message.length === SYNC_MESSAGE.length && endsAStatement(message)
}

type ProtocolCall = (
  message: Uint8Array,
  options?: { syncToFs?: boolean } & Record<string, unknown>,
) => Promise<unknown>

/**
 * PGliteWorker forwards each message of a query (parse, describe, bind, describe, execute, sync)
 * to the worker's database one by one, without the option that stops it flushing its files to
 * IndexedDB (pglite 0.5.8), so the database was written to IndexedDB after every message: about
 * 26 flushes of 15-40 ms for one call of the app, 337 of them while a builder saved one asset.
 *
 * This makes the worker's database flush once a statement or transaction has ended (after a Sync
 * or a simple Query, outside a transaction block), before the tab hears the answer: what was
 * committed is in IndexedDB when the app says "saved", as before, with one flush instead of 26.
 * The tab also asks for a flush after each BEGIN; with nothing committed since the last one, there
 * is nothing to write, and walking the files to find that out cost as much as a write.
 */
export function flushOnlyAtCommit(db: PGlite): PGlite {
  // A Sync after a simple Query that was already flushed has nothing new to write.
  let unflushed = false
  const flush = db.syncToFs.bind(db)
  const flushIfCommitted = async () => {
    if (!unflushed || db.isInTransaction()) return
    unflushed = false
    await flush()
  }
  db.syncToFs = flushIfCommitted
  const flushAfter =
    (call: ProtocolCall): ProtocolCall =>
    async (message, options) => {
      const result = await call(message, { ...options, syncToFs: false })
      if (!isBareSync(message)) unflushed = true
      if (endsAStatement(message)) await flushIfCommitted()
      return result
    }
  // execProtocol and execProtocolStream send through execProtocolRaw; these two are the leaves.
  const target = db as unknown as Record<'execProtocolRaw' | 'execProtocolRawStream', ProtocolCall>
  target.execProtocolRaw = flushAfter(target.execProtocolRaw.bind(db))
  target.execProtocolRawStream = flushAfter(target.execProtocolRawStream.bind(db))
  return db
}
