import { describe, expect, it } from 'vitest'
import { testAsset } from '../../core/assets/test-asset'
import { assetFeedMessage } from './asset-feed-message'

const hall = testAsset({ id: 'hall', kind: 'physical_space', lngLat: [0.47, 51.73] })
const draft = testAsset({ id: 'draft', status: 'pending' })

describe('what the analysis worker is told about the assets', () => {
  it('sends the approved assets as a whole list first', () => {
    expect(assetFeedMessage(null, [hall, draft], null)).toEqual({
      message: {
        type: 'assets',
        assets: [{ id: 'hall', kind: 'physical_space', lng: 0.47, lat: 51.73 }],
      },
      incremental: false,
    })
  })

  it('adds a new approved asset by itself, at once', () => {
    const sent = [hall]
    const added = testAsset({ id: 'new', kind: 'cultural', lngLat: [0.9, 51.88] })
    expect(assetFeedMessage(sent, [hall, added], { base: sent, asset: added })).toEqual({
      message: {
        type: 'add',
        asset: { id: 'new', kind: 'cultural', lng: 0.9, lat: 51.88 },
        planned: false,
      },
      incremental: true,
    })
  })

  it('tells nothing of a new asset that is still pending, nor of the list it was last given', () => {
    const sent = [hall]
    expect(assetFeedMessage(sent, [hall, draft], { base: sent, asset: draft }).message).toBeNull()
    expect(assetFeedMessage(sent, sent, null).message).toBeNull()
  })

  it('sends the whole list again after an edit, an approval or a removal, to go once a burst settles', () => {
    const sent = [hall, draft]
    const approved = {
      ...draft,
      status: 'approved' as const,
      lngLat: [0.5, 51.7] as [number, number],
    }
    const afterApproval = [hall, approved]
    expect(assetFeedMessage(sent, afterApproval, { base: sent, asset: approved })).toEqual({
      message: {
        type: 'assets',
        assets: [
          { id: 'hall', kind: 'physical_space', lng: 0.47, lat: 51.73 },
          { id: 'draft', kind: approved.kind, lng: 0.5, lat: 51.7 },
        ],
      },
      incremental: false,
    })
    expect(assetFeedMessage(sent, [draft], null).message).toEqual({ type: 'assets', assets: [] })
  })

  it('sends the whole list when an asset was added to a list the worker was never given', () => {
    const between = [hall]
    const added = testAsset({ id: 'new', kind: 'cultural', lngLat: [0.9, 51.88] })
    expect(assetFeedMessage([], [hall, added], { base: between, asset: added }).incremental).toBe(
      false,
    )
  })
})
