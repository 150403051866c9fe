import type { FeatureCollection, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { wardBounds } from './ward-bounds'

const wards: FeatureCollection<Polygon, { ward_code: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { ward_code: 'E05000001' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0.1, 51.5],
            [0.3, 51.5],
            [0.3, 51.6],
            [0.1, 51.5],
          ],
        ],
      },
    },
  ],
}

describe('wardBounds', () => {
  it('gives a ward’s extent as [[west, south], [east, north]]', () => {
    expect(wardBounds(wards, 'E05000001')).toEqual([
      [0.1, 51.5],
      [0.3, 51.6],
    ])
  })

  it('gives null for a code not in the layer', () => {
    expect(wardBounds(wards, 'E05999999')).toBeNull()
  })
})
