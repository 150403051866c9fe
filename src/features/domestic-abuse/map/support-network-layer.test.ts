import type { FeatureCollection } from 'geojson'
import { describe, expect, it } from 'vitest'
import { supportLayerIds, supportNetworkLayer } from './support-network-layer'

const wards: FeatureCollection = {
  type: 'FeatureCollection',
  features: ['E05000001', 'E05000002'].map((code) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { ward_code: code },
  })),
}

describe('supportNetworkLayer', () => {
  it('gives each ward its champions count, and 0 where none was recorded', () => {
    const overlay = supportNetworkLayer(
      wards,
      [{ wardCode: 'E05000002', wardName: 'B', champions: 6, updatedAt: '2026-12-08T10:00:00Z' }],
      [],
    )
    const source = overlay.sources[supportLayerIds.wards]
    const data = source?.type === 'geojson' ? (source.data as FeatureCollection) : null
    expect(data?.features.map((f) => f.properties?.champions)).toEqual([0, 6])
  })

  it('draws one point per public safe space, carrying its id', () => {
    const overlay = supportNetworkLayer(
      wards,
      [],
      [{ id: 's1:a1', name: 'Pharmacy', schemeName: 'Ask for ANI', lng: 0.47, lat: 51.73 }],
    )
    const source = overlay.sources[supportLayerIds.safeSpaces]
    const data = source?.type === 'geojson' ? (source.data as FeatureCollection) : null
    expect(data?.features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [0.47, 51.73] },
        properties: { id: 's1:a1' },
      },
    ])
  })
})
