import { describe, expect, it } from 'vitest'
import { toAssetFeatures, toConnectionFeatures } from './to-asset-features'
import { testAsset } from './test-asset'

describe('toAssetFeatures', () => {
  it('makes a point at [lng, lat] with the id, kind and status only', () => {
    const hall = testAsset({ contact: 'secret' } as never)
    expect(toAssetFeatures([hall]).features).toEqual([
      {
        type: 'Feature',
        id: 'asset-1',
        geometry: { type: 'Point', coordinates: [0.4262, 51.7303] },
        properties: { id: 'asset-1', kind: 'physical_space', status: 'approved' },
      },
    ])
  })

  it("never pins an individual's gifts, nor a place without a location", () => {
    const person = testAsset({ id: 'p', kind: 'individual' })
    const refuge = testAsset({ id: 'r', lngLat: null, isSensitive: true })
    expect(toAssetFeatures([person, refuge]).features).toEqual([])
  })

  it('draws a line to each connected asset that has a location', () => {
    const hall = testAsset({ id: 'h' })
    const choir = testAsset({ id: 'c', lngLat: [0.43, 51.73] })
    const hidden = testAsset({ id: 'x', lngLat: null })
    const lines = toConnectionFeatures(hall, [choir, hidden]).features
    expect(lines.map((line) => line.geometry.coordinates)).toEqual([
      [
        [0.4262, 51.7303],
        [0.43, 51.73],
      ],
    ])
  })
})
