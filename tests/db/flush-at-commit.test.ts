import { PGlite, protocol } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endsAStatement, flushOnlyAtCommit } from '../../src/db/pglite/flush-at-commit'

const { serialize } = protocol

// As PGliteWorker's tab sends a query to the worker: one protocol message at a time.
async function send(db: PGlite, sql: string) {
  for (const message of [
    serialize.parse({ text: sql }),
    serialize.describe({ type: 'S' }),
    serialize.bind({ values: [] }),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ]) {
    await db.execProtocolRaw(message)
  }
}

/** Counts the flushes of the database's files (a no-op in memory, as IndexedDB's is not). */
function countFlushes(db: PGlite) {
  const fs = (db as unknown as { fs: { syncToFs: (...args: unknown[]) => Promise<void> } }).fs
  const flush = fs.syncToFs.bind(fs)
  const count = { flushes: 0 }
  fs.syncToFs = async (...args) => {
    count.flushes += 1
    await flush(...args)
  }
  return count
}

// Only PGlite has files to flush: these run on PGlite whatever DATABASE_URL says.
describe('flushOnlyAtCommit', () => {
  let db: PGlite
  beforeAll(async () => {
    db = flushOnlyAtCommit(await PGlite.create())
  })
  afterAll(() => db.close())

  it('writes the files once a transaction has committed, not after each of its messages', async () => {
    await db.exec('create table t (n int)')
    const count = countFlushes(db)

    await send(db, 'begin')
    await db.syncToFs() // as the tab asks after each BEGIN
    await send(db, 'insert into t values (1)')
    await send(db, 'insert into t values (2)')
    expect(count.flushes).toBe(0)
    await send(db, 'commit')
    expect(count.flushes).toBe(1)
    await db.syncToFs()
    expect(count.flushes).toBe(1)

    await send(db, 'insert into t values (3)')
    expect(count.flushes).toBe(2)
    expect((await db.query('select count(*)::int as n from t')).rows).toEqual([{ n: 3 }])
  })

  it('writes once for a simple query and its sync', async () => {
    const count = countFlushes(db)
    await db.execProtocolRaw(serialize.query('create table u (n int)'))
    await db.execProtocolRaw(serialize.sync())
    expect(count.flushes).toBe(1)
  })
})

describe('endsAStatement', () => {
  it('knows a Sync and a simple Query from the other messages', () => {
    expect(endsAStatement(serialize.sync())).toBe(true)
    expect(endsAStatement(serialize.query('select 1'))).toBe(true)
    expect(endsAStatement(serialize.parse({ text: 'select 1' }))).toBe(false)
    expect(endsAStatement(serialize.execute({}))).toBe(false)
  })
})
