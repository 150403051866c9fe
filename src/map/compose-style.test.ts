import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { composeStyle, type MapOverlay } from './compose-style'

const base: StyleSpecification = {
  version: 8,
  glyphs: 'https://example.org/{fontstack}/{range}.pbf',
  sources: { base: { type: 'vector', url: 'https://example.org/tiles.json' } },
  layers: [
    { id: 'bg', type: 'background' },
    { id: 'place-labels', type: 'symbol', source: 'base', 'source-layer': 'place' },
  ],
}

const wards: MapOverlay = {
  sources: { wards: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
  layers: [{ slot: 'area-fill', layer: { id: 'wards-fill', type: 'fill', source: 'wards' } }],
}

describe('composeStyle', () => {
  it('merges an overlay into the basemap, keeping the basemap’s other settings', () => {
    const style = composeStyle(base, [wards])
    expect(Object.keys(style.sources)).toEqual(['base', 'wards'])
    expect(style.layers.map((layer) => layer.id)).toEqual(['bg', 'wards-fill', 'place-labels'])
    expect(style.glyphs).toBe(base.glyphs)
  })

  it('refuses an overlay whose source id the basemap already uses', () => {
    const clash: MapOverlay = { sources: { base: { type: 'geojson', data: '' } }, layers: [] }
    expect(() => composeStyle(base, [clash])).toThrow('Map source id "base" is used twice.')
  })

  it('refuses an overlay whose layer id is already used', () => {
    const clash: MapOverlay = {
      sources: {},
      layers: [{ slot: 'point', layer: { id: 'bg', type: 'background' } }],
    }
    expect(() => composeStyle(base, [clash])).toThrow('Map layer id "bg" is used twice.')
  })

  it('does not change the basemap style', () => {
    composeStyle(base, [wards])
    expect(Object.keys(base.sources)).toEqual(['base'])
    expect(base.layers).toHaveLength(2)
  })
})
