import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { arg, defineCall, none, rows, value } from '../../src/db/call'
import * as calls from '../../src/db/calls'
import { callsIn, checkCallCatalog } from './support/call-catalog'
import { openTestDatabase, type TestDatabase } from './support/test-database'

// The table of calls (src/db/calls.ts) is what both adapters send: a function or argument named
// there that the migrations do not define would fail only when someone used it, and on
// Supabase only (PostgREST finds functions by their argument names). This holds the table to the
// database's catalog.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

describe('the table of calls', () => {
  it('names only functions the migrations define, with their arguments, types, defaults and results', async () => {
    const all = callsIn(calls)
    expect(all.length).toBeGreaterThan(40)
    expect(await checkCallCatalog(db.admin, all)).toEqual([])
  })

  it('reports a call to a function that does not exist', async () => {
    const missing = defineCall('withdraw_asset', { p_asset_id: arg.uuid }, none)
    expect(await checkCallCatalog(db.admin, [missing])).toEqual([
      'public.withdraw_asset: no such function',
    ])
  })

  it('reports a misspelt argument, and the real one it left out', async () => {
    const misspelt = defineCall(
      'report_asset_change',
      { p_asset: arg.uuid, p_message: arg.text },
      none,
    )
    expect(await checkCallCatalog(db.admin, [misspelt])).toEqual([
      'public.report_asset_change: argument p_asset_id is not in the table',
      'public.report_asset_change: no argument p_asset',
    ])
  })

  it('reports a wrong type, a default the function does not have, and a wrong result', async () => {
    const wrong = defineCall(
      'record_export',
      { p_what: arg.text, p_row_count: arg.withDefault(arg.text) },
      rows('record', () => null),
    )
    expect(await checkCallCatalog(db.admin, [wrong])).toEqual([
      'public.record_export: p_row_count is integer, not text',
      'public.record_export: p_row_count has no default',
      'public.record_export: returns one value, not rows',
      'public.record_export: returns uuid, not record',
    ])
  })

  it('reports a type that does not exist', async () => {
    const unknownType = defineCall(
      'unlink_assets',
      { p_link_id: arg.enum('link_id') },
      value('void', () => null),
    )
    expect(await checkCallCatalog(db.admin, [unknownType])).toEqual([
      'public.unlink_assets: no such type public.link_id',
    ])
  })
})
