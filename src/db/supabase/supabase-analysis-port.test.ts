import { createClient } from '@supabase/supabase-js'
import { describe, expect, it } from 'vitest'
import { DataError } from '../data-error'
import { supabaseAnalysisPort } from './supabase-analysis-port'

// What the connected adapter sends for the gap analysis's SQL twin, and how it reads the answer,
// over a recording fetch (Supabase's server cannot run here; the SQL is tested in tests/db).
function recordingPort(answer: () => Response) {
  const requests: { path: string; body: unknown }[] = []
  const client = createClient('https://project.supabase.test', 'anon-key-for-tests-0123456789', {
    global: {
      fetch: async (input: RequestInfo | URL, init: RequestInit = {}) => {
        const url = new URL(input instanceof Request ? input.url : String(input))
        requests.push({ path: url.pathname, body: JSON.parse(String(init.body)) })
        return answer()
      },
    },
    auth: { persistSession: false },
    realtime: { transport: NoSocket },
  })
  return { port: supabaseAnalysisPort(client), requests }
}

/** Node 20 has no WebSocket; nothing here opens a channel, so a socket that never connects. */
class NoSocket extends EventTarget {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSING = 2
  readonly CLOSED = 3
  readonly readyState = 3
  readonly protocol = ''
  readonly url: string
  onopen = null
  onmessage = null
  onclose = null
  onerror = null
  constructor(url: string | URL) {
    super()
    this.url = String(url)
  }
  close() {}
  send() {}
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const row = {
  ward_code: 'E05004118',
  ward_name: 'Waterhouse Farm',
  category: 'physical_space',
  assets: 1,
  population: 6602,
  rate_per_1000: 0.25,
  coverage_pct: 24.8,
  reach_mean: 0.25,
  resident_points: 4,
}

describe('the connected adapter’s analysis port', () => {
  it('calls ward_asset_metrics with the distance, kinds and reach, and returns the core’s metrics', async () => {
    const { port, requests } = recordingPort(() => json([row]))
    const metrics = await port.wardAssetMetrics({
      distanceMetres: 1200,
      kinds: ['physical_space', 'cultural'],
    })
    expect(requests).toEqual([
      {
        path: '/rest/v1/rpc/ward_asset_metrics',
        body: {
          p_distance_metres: 1200,
          p_kinds: ['physical_space', 'cultural'],
          p_reach_metres: 1000,
        },
      },
    ])
    expect(metrics).toEqual([
      {
        wardIndex: 0,
        wardCode: 'E05004118',
        wardName: 'Waterhouse Farm',
        category: 'physical_space',
        assets: 1,
        population: 6602,
        ratePer1000: 0.25,
        coveragePct: 24.8,
        reachMean: 0.25,
        residentPoints: 4,
      },
    ])
  })

  it("passes on the database's refusal in its own words", async () => {
    const { port } = recordingPort(() =>
      json(
        {
          code: '22023',
          message: 'The walking distance must be between 0 and 5,000 metres, not 9000.',
        },
        400,
      ),
    )
    const refusal = port.wardAssetMetrics({ distanceMetres: 9000, kinds: ['cultural'] })
    await expect(refusal).rejects.toThrow(DataError)
    await expect(refusal).rejects.toThrow(
      'The walking distance must be between 0 and 5,000 metres, not 9000.',
    )
  })
})
