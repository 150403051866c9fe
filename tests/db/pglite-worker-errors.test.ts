import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  decodeWorkerError,
  encodeWorkerError,
  passErrorFieldsToTabs,
} from '../../src/db/pglite/worker-error'

// PGliteWorker passes only an error's message from the worker to the tab (the local mode's
// Web Worker); these check that the SQLSTATE, detail and hint survive in it, over a real PGlite
// (in Node, without the worker: always PGlite, whatever DATABASE_URL says).
let db: PGlite

beforeAll(async () => {
  db = passErrorFieldsToTabs(await PGlite.create())
})
afterAll(() => db.close())

/** What the tab receives: PGliteWorker rebuilds the error from its message alone. */
const overTheWorker = (error: unknown) => new Error((error as Error).message)

describe('worker errors', () => {
  it('keeps the code, detail and hint of a refusal through the message alone', async () => {
    const thrown = await db
      .query(
        `do $$ begin raise exception 'Someone else saved this asset since you opened it.'
           using errcode = 'P0409', detail = '{"version": 2}', hint = 'Apply yours again.'; end $$`,
      )
      .catch((error: unknown) => error)
    expect(decodeWorkerError(overTheWorker(thrown))).toEqual({
      message: 'Someone else saved this asset since you opened it.',
      code: 'P0409',
      detail: '{"version": 2}',
      hint: 'Apply yours again.',
    })
  })

  it('leaves an error that carries no SQLSTATE as it was', () => {
    const plain = new Error('Leader changed')
    expect(encodeWorkerError(plain)).toBe(plain)
    expect(decodeWorkerError(plain)).toBe(plain)
  })
})
