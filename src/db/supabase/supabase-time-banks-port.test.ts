import { describe, expect, it } from 'vitest'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'
import { supabaseDataPort } from './supabase-data-port'

// Supabase cannot run here: what the time banks' port sends in connected mode (a view through
// PostgREST with the acting person's filters and order; a function as rpc), over the shared
// recording client. The same port runs against real databases in tests/db/time-banks-port.test.ts.
const exchange = {
  exchange_id: 'e1',
  bank_id: 'b1',
  kind: 'exchange',
  status: 'pending',
  minutes: 90,
  legs: [{ giver: 'Bob', receiver: 'Alice', minutes: 90 }],
  description: 'Weeding',
  gift_type: null,
  gift_label: null,
  occurred_on: '2026-12-01',
  recorded_at: '2026-12-01T10:00:00+00:00',
  recorded_by_me: false,
  awaiting_me: true,
  status_reason: null,
  warnings: [],
  reverses_exchange_id: null,
}

describe('the time banks in connected mode', () => {
  it("reads a bank's exchanges from time_bank_exchange_list, newest first", async () => {
    const { client, requests } = recordingSupabaseClient(() => jsonResponse([exchange]))
    const [read] = await supabaseDataPort(client).timeBanks.listExchanges('b1')
    expect(read).toMatchObject({ exchangeId: 'e1', awaitingMe: true, occurredOn: '2026-12-01' })
    const url = requests[0]!.url
    expect(url.pathname).toBe('/rest/v1/time_bank_exchange_list')
    expect(url.searchParams.get('bank_id')).toBe('eq.b1')
    expect(url.searchParams.get('order')).toBe('recorded_at.desc,exchange_id.asc')
  })

  it('confirms an exchange through confirm_time_exchange', async () => {
    const { client, requests } = recordingSupabaseClient(() =>
      jsonResponse([{ ...exchange, status: 'confirmed', awaiting_me: false }]),
    )
    const confirmed = await supabaseDataPort(client).timeBanks.confirmExchange('e1')
    expect(confirmed.status).toBe('confirmed')
    expect(requests.map((r) => [r.url.pathname, r.body])).toEqual([
      ['/rest/v1/rpc/confirm_time_exchange', { p_exchange_id: 'e1' }],
    ])
  })
})
