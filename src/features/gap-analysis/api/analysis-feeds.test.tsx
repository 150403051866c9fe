// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { WardCategoryMetrics } from '../../../core/analysis/list-ward-metrics'
import type { Asset } from '../../../core/assets/asset'
import type { AssetChangeEvent } from '../../../core/assets/asset-change-event'
import { testAsset } from '../../../core/assets/test-asset'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import type { ToAnalysisWorker } from '../worker/worker-messages'
import { useBrowserAssetFeed } from './use-browser-asset-feed'
import { useDatabaseMetricsFeed } from './use-database-metrics-feed'

afterEach(cleanup)

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

/** A port whose database holds `assets`; the test changes them as another builder would. */
function fakePort(initial: Asset[], failure?: Error) {
  const assets = new Map(initial.map((asset) => [asset.id, asset]))
  const listeners = new Set<(event: AssetChangeEvent) => void>()
  const calls = { lists: 0, metrics: [] as number[] }
  const port = {
    mode: 'local',
    assets: {
      list: async () => {
        calls.lists++
        if (failure) throw failure
        return [...assets.values()]
      },
      get: async (id: string) => assets.get(id)!,
      subscribe: (onChange: (event: AssetChangeEvent) => void) => {
        listeners.add(onChange)
        return () => listeners.delete(onChange)
      },
    },
    analysis: {
      wardAssetMetrics: async ({ distanceMetres }: { distanceMetres: number }) => {
        calls.metrics.push(distanceMetres)
        return [row(assets.size)]
      },
      countApprovedAssets: async () => assets.size,
    },
  } as unknown as DataPort
  return {
    port,
    calls,
    change(type: AssetChangeEvent['type'], asset: Asset) {
      assets.set(asset.id, asset)
      for (const listener of listeners) listener({ type, assetId: asset.id, workshopId: null })
    },
  }
}

function render<T>(port: DataPort, use: (post: (message: ToAnalysisWorker) => void) => T) {
  const posted: ToAnalysisWorker[] = []
  const post = (message: ToAnalysisWorker) => posted.push(message)
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestPortProvider port={port}>{children}</TestPortProvider>
  )
  const { result } = renderHook(() => use(post), { wrapper })
  return { posted, result }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the browser feed of the gap analysis', () => {
  it('sends the approved assets, then adds a new approved one by itself', async () => {
    const fake = fakePort([
      testAsset({ id: 'hall', lngLat: [0.47, 51.73] }),
      testAsset({ id: 'draft', status: 'pending' }),
    ])
    const { posted, result } = render(fake.port, (post) =>
      useBrowserAssetFeed(post, true, () => true),
    )
    await waitFor(() => expect(result.current).toEqual({ status: 'loaded' }))
    fake.change('created', testAsset({ id: 'new', kind: 'cultural', lngLat: [0.9, 51.88] }))
    await waitFor(() => expect(posted).toHaveLength(2))
    expect(posted).toEqual([
      { type: 'assets', assets: [{ id: 'hall', kind: 'physical_space', lng: 0.47, lat: 51.73 }] },
      { type: 'add', asset: { id: 'new', kind: 'cultural', lng: 0.9, lat: 51.88 }, planned: false },
    ])
    expect(fake.calls.lists).toBe(1)
  })

  it('sends the whole list once after a burst of edits, reading only the assets changed', async () => {
    const fake = fakePort([testAsset({ id: 'a', status: 'pending' })])
    const { posted } = render(fake.port, (post) => useBrowserAssetFeed(post, true, () => true))
    await waitFor(() => expect(posted).toHaveLength(1))
    fake.change('updated', testAsset({ id: 'a', lngLat: [0.5, 51.7] }))
    fake.change('updated', testAsset({ id: 'a', name: 'Renamed', lngLat: [0.6, 51.7] }))
    await waitFor(() => expect(posted).toHaveLength(2))
    await pause(400)
    expect(posted).toEqual([
      { type: 'assets', assets: [] },
      { type: 'assets', assets: [{ id: 'a', kind: 'physical_space', lng: 0.6, lat: 51.7 }] },
    ])
    expect(fake.calls.lists).toBe(1)
  })

  it('gives the worker the whole list again when the analysis comes back from the database', async () => {
    const fake = fakePort([testAsset({ id: 'hall', lngLat: [0.47, 51.73] })])
    const posted: ToAnalysisWorker[] = []
    const post = (message: ToAnalysisWorker) => posted.push(message)
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestPortProvider port={fake.port}>{children}</TestPortProvider>
    )
    const { rerender } = renderHook(
      ({ enabled }: { enabled: boolean }) => useBrowserAssetFeed(post, enabled, () => true),
      { wrapper, initialProps: { enabled: true } },
    )
    await waitFor(() => expect(posted).toHaveLength(1))
    rerender({ enabled: false })
    rerender({ enabled: true })
    await waitFor(() => expect(posted).toHaveLength(2))
    expect(posted[1]).toEqual(posted[0])
  })

  it('keeps a list cut short from the worker', async () => {
    const fake = fakePort([testAsset({ id: 'hall' })])
    const heard: number[] = []
    const { posted, result } = render(fake.port, (post) =>
      useBrowserAssetFeed(post, true, (approved) => {
        heard.push(approved)
        return approved >= 1000
      }),
    )
    await waitFor(() => expect(heard).toContain(1))
    expect(posted).toEqual([])
    expect(result.current).toEqual({ status: 'waiting' })
  })

  it('says why when the assets cannot be read', async () => {
    const fake = fakePort([], new Error('You do not have permission to do that.'))
    const { result } = render(fake.port, (post) => useBrowserAssetFeed(post, true, () => true))
    await waitFor(() =>
      expect(result.current).toEqual({
        status: 'failed',
        message: 'You do not have permission to do that.',
      }),
    )
  })
})

describe('the database feed of the gap analysis', () => {
  it("sends the worker the database's figures for the walking distance, never the assets", async () => {
    const fake = fakePort([testAsset({ id: 'hall' })])
    const { posted, result } = render(fake.port, (post) => useDatabaseMetricsFeed(post, true, 1200))
    await waitFor(() => expect(result.current).toEqual({ status: 'loaded' }))
    expect(posted).toEqual([
      { type: 'metrics', distanceMetres: 1200, metrics: [row(1)], assetCount: 1 },
    ])
    expect(fake.calls).toEqual({ lists: 0, metrics: [1200] })
  })

  it('asks the database once again after a burst of added assets', async () => {
    const fake = fakePort([])
    const { posted } = render(fake.port, (post) => useDatabaseMetricsFeed(post, true, 800))
    await waitFor(() => expect(posted).toHaveLength(1))
    for (const id of ['a', 'b', 'c']) fake.change('created', testAsset({ id }))
    await waitFor(() => expect(posted).toHaveLength(2))
    await pause(400)
    expect(fake.calls.metrics).toEqual([800, 800])
    expect(posted[1]).toMatchObject({ type: 'metrics', assetCount: 3 })
  })
})
