import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Asset } from '../../../core/assets/asset'
import type { AssetChangeEvent } from '../../../core/assets/asset-change-event'
import { testAsset } from '../../../core/assets/test-asset'
import type { DataPort } from '../../../db/port'
import type { ToAnalysisWorker } from '../worker/worker-messages'
import { feedAnalysisAssets, type AssetFeedStatus } from './feed-analysis-assets'

afterEach(() => {
  vi.useRealTimers()
})

/** A data port holding assets in memory, whose live changes the test sends. */
function fakePort(initial: Asset[], failure?: Error) {
  const assets = new Map(initial.map((asset) => [asset.id, asset]))
  let listener: ((event: AssetChangeEvent) => void) | null = null
  let lists = 0
  const port = {
    assets: {
      list: async () => {
        lists++
        if (failure) throw failure
        return [...assets.values()]
      },
      get: async (id: string) => assets.get(id)!,
      subscribe: (onChange: (event: AssetChangeEvent) => void) => {
        listener = onChange
        return () => (listener = null)
      },
    },
  } as unknown as Pick<DataPort, 'assets'>
  return {
    port,
    lists: () => lists,
    change(type: AssetChangeEvent['type'], asset: Asset) {
      assets.set(asset.id, asset)
      listener?.({ type, assetId: asset.id, workshopId: null })
    },
  }
}

function start(port: Pick<DataPort, 'assets'>) {
  const posted: ToAnalysisWorker[] = []
  const reports: AssetFeedStatus[] = []
  const stop = feedAnalysisAssets(
    port,
    (m) => posted.push(m),
    (r) => reports.push(r),
  )
  return { posted, reports, stop }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('feedAnalysisAssets', () => {
  it('sends the approved assets at once, then adds a new approved one by itself', async () => {
    const fake = fakePort([
      testAsset({ id: 'hall', lngLat: [0.47, 51.73] }),
      testAsset({ id: 'draft', status: 'pending' }),
    ])
    const { posted, reports } = start(fake.port)
    await settle()
    fake.change('created', testAsset({ id: 'new', kind: 'cultural', lngLat: [0.9, 51.88] }))
    await settle()
    expect(posted).toEqual([
      { type: 'assets', assets: [{ id: 'hall', kind: 'physical_space', lng: 0.47, lat: 51.73 }] },
      {
        type: 'add',
        asset: { id: 'new', kind: 'cultural', lng: 0.9, lat: 51.88 },
        planned: false,
      },
    ])
    expect(reports).toEqual([{ status: 'loaded' }])
  })

  it('does not add a new asset that is still pending', async () => {
    const fake = fakePort([])
    const { posted } = start(fake.port)
    await settle()
    fake.change('created', testAsset({ id: 'draft', status: 'pending' }))
    await settle()
    expect(posted).toEqual([{ type: 'assets', assets: [] }])
  })

  it('reads the list again once after a burst of edits and approvals', async () => {
    vi.useFakeTimers()
    const fake = fakePort([testAsset({ id: 'a', status: 'pending' })])
    start(fake.port)
    await vi.advanceTimersByTimeAsync(0)
    fake.change('updated', testAsset({ id: 'a' }))
    fake.change('updated', testAsset({ id: 'a', name: 'Renamed' }))
    fake.change('deleted', testAsset({ id: 'a' }))
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.lists()).toBe(2)
  })

  it('says why when the assets cannot be read', async () => {
    const { reports } = start(
      fakePort([], new Error('You do not have permission to do that.')).port,
    )
    await settle()
    expect(reports).toEqual([
      { status: 'failed', message: 'You do not have permission to do that.' },
    ])
  })
})
