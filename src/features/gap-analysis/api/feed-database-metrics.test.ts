import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WardCategoryMetrics } from '../../../core/analysis/list-ward-metrics'
import type { AssetChangeEvent } from '../../../core/assets/asset-change-event'
import type { DataPort } from '../../../db/port'
import type { ToAnalysisWorker } from '../worker/worker-messages'
import { feedDatabaseMetrics } from './feed-database-metrics'

afterEach(() => {
  vi.useRealTimers()
})

const row = (assets: number): WardCategoryMetrics => ({
  wardIndex: 0,
  wardCode: 'E05004118',
  wardName: 'Waterhouse Farm',
  category: 'physical_space',
  assets,
  population: 6602,
  ratePer1000: (assets / 6602) * 1000,
  coveragePct: 24.8,
  reachMean: 0.25,
  residentPoints: 4,
})

/** A port whose database holds `count` assets; the test sends live changes. */
function fakePort() {
  let count = 30_000
  let listener: ((event: AssetChangeEvent) => void) | null = null
  const asked: number[] = []
  const port = {
    analysis: {
      wardAssetMetrics: async ({ distanceMetres }: { distanceMetres: number }) => {
        asked.push(distanceMetres)
        return [row(count)]
      },
      countApprovedAssets: async () => count,
    },
    assets: {
      list: () => Promise.reject(new Error('the assets must not be read')),
      subscribe: (onChange: (event: AssetChangeEvent) => void) => {
        listener = onChange
        return () => (listener = null)
      },
    },
  } as unknown as Pick<DataPort, 'analysis' | 'assets'>
  return {
    port,
    asked,
    added() {
      count++
      listener?.({ type: 'created', assetId: `a${count}`, workshopId: null })
    },
  }
}

describe('the database feed of the gap analysis', () => {
  it("sends the worker the database's figures for the walking distance, never the assets", async () => {
    const { port, asked } = fakePort()
    const posted: ToAnalysisWorker[] = []
    const stop = feedDatabaseMetrics(
      port,
      1200,
      (m) => posted.push(m),
      () => undefined,
    )
    await vi.waitFor(() => expect(posted).toHaveLength(1))
    expect(asked).toEqual([1200])
    expect(posted[0]).toEqual({
      type: 'metrics',
      distanceMetres: 1200,
      metrics: [row(30_000)],
      assetCount: 30_000,
    })
    stop()
  })

  it('asks the database once again after a burst of added assets', async () => {
    vi.useFakeTimers()
    const { port, asked, added } = fakePort()
    const posted: ToAnalysisWorker[] = []
    const stop = feedDatabaseMetrics(
      port,
      800,
      (m) => posted.push(m),
      () => undefined,
    )
    await vi.waitFor(() => expect(posted).toHaveLength(1))
    added()
    added()
    added()
    await vi.advanceTimersByTimeAsync(300)
    await vi.waitFor(() => expect(posted).toHaveLength(2))
    expect(asked).toEqual([800, 800])
    expect(posted[1]).toMatchObject({ type: 'metrics', assetCount: 30_003 })
    stop()
  })
})
