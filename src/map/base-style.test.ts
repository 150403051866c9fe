import type { FeatureCollection } from 'geojson'
import { describe, expect, it } from 'vitest'
import { createBaseStyle } from './base-style'

const region: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0.4, 51.7],
            [0.5, 51.7],
            [0.5, 51.8],
            [0.4, 51.7],
          ],
        ],
      },
    },
  ],
}

describe('createBaseStyle', () => {
  it('draws the region as land over a background, with the region’s attribution', () => {
    const style = createBaseStyle({ region, attribution: 'Source: ONS' })
    expect(style.layers.map((layer) => layer.type)).toEqual(['background', 'fill', 'line'])
    expect(style.sources['base-region']).toMatchObject({ data: region, attribution: 'Source: ONS' })
  })

  it('refers to nothing that would be fetched: no glyphs, sprite or URLs', () => {
    const style = createBaseStyle({ region, attribution: 'Source: ONS' })
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//)
  })

  it('is a background alone until the region has loaded', () => {
    const style = createBaseStyle({ region: null, attribution: 'Source: ONS' })
    expect(style.layers.map((layer) => layer.id)).toEqual(['base-background'])
    expect(style.sources).toEqual({})
  })
})
