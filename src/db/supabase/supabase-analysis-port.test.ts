import { describe, expect, it } from 'vitest'
import { DataError } from '../data-error'
import { supabaseAnalysisPort } from './supabase-analysis-port'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'

// What the connected adapter sends for the gap analysis's SQL twin, and how it reads the answer,
// over a recording fetch (Supabase's server cannot run here; the SQL is tested in tests/db).
function recordingPort(answer: () => Response) {
  const { client, requests } = recordingSupabaseClient(answer)
  const sent = () => requests.map((request) => ({ path: request.url.pathname, body: request.body }))
  return { port: supabaseAnalysisPort(client), sent }
}

const json = jsonResponse

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
    const { port, sent } = recordingPort(() => json([row]))
    const metrics = await port.wardAssetMetrics({
      distanceMetres: 1200,
      kinds: ['physical_space', 'cultural'],
    })
    expect(sent()).toEqual([
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

  it('counts the approved assets with a HEAD request that reads no rows', async () => {
    const { client, requests } = recordingSupabaseClient(
      () => new Response(null, { status: 200, headers: { 'content-range': '*/23456' } }),
    )
    const count = await supabaseAnalysisPort(client).countApprovedAssets()
    expect(count).toBe(23_456)
    expect(
      requests.map((r) => [r.method, r.url.pathname, r.url.searchParams.get('status')]),
    ).toEqual([['HEAD', '/rest/v1/asset_list', 'eq.approved']])
  })
})
