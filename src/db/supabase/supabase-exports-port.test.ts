import { describe, expect, it } from 'vitest'
import { supabaseDataPort } from './supabase-data-port'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'

// Supabase cannot run here: what the connected adapter sends to record a download in the audit
// log, over the shared recording client (the SQL is tested in tests/db/audit-log.test.ts).
function recording() {
  const { client, requests } = recordingSupabaseClient(() =>
    jsonResponse('7f0c2a52-3e8f-4a41-9d57-6f1f2d2b8e10'),
  )
  const sent = () => requests.map((request) => ({ path: request.url.pathname, body: request.body }))
  return { exports: supabaseDataPort(client).exports, sent }
}

describe('the connected adapter’s records of downloads', () => {
  it('records a download of the asset list as asset_list rows through record_export', async () => {
    const { exports, sent } = recording()
    await exports.recordAssetList(42)
    expect(sent()).toEqual([
      { path: '/rest/v1/rpc/record_export', body: { p_what: 'asset_list', p_row_count: 42 } },
    ])
  })

  it('records a download of the analysis as ward rows through record_export', async () => {
    const { exports, sent } = recording()
    await exports.recordWards(1)
    expect(sent()).toEqual([
      { path: '/rest/v1/rpc/record_export', body: { p_what: 'wards', p_row_count: 1 } },
    ])
  })

  it('records a download of shared residents as an export of residents', async () => {
    const { exports, sent } = recording()
    await exports.recordSharedResidents(3)
    expect(sent()).toEqual([
      { path: '/rest/v1/rpc/record_export', body: { p_what: 'residents', p_row_count: 3 } },
    ])
  })
})
