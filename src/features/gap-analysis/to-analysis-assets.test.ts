import { describe, expect, it } from 'vitest'
import { testAsset } from '../../core/assets/test-asset'
import { toAnalysisAssets } from './to-analysis-assets'

describe('toAnalysisAssets', () => {
  it('keeps approved, located places and leaves out the rest', () => {
    const assets = [
      testAsset({ id: 'hall', kind: 'physical_space', lngLat: [0.47, 51.73] }),
      testAsset({ id: 'pending', status: 'pending', lngLat: [0.48, 51.74] }),
      testAsset({ id: 'archived', status: 'archived', lngLat: [0.48, 51.74] }),
      testAsset({ id: 'hidden', lngLat: null }),
      testAsset({ id: 'gift', kind: 'individual', lngLat: [0.49, 51.75] }),
    ]
    expect(toAnalysisAssets(assets)).toEqual([
      { id: 'hall', kind: 'physical_space', lng: 0.47, lat: 51.73 },
    ])
  })
})
