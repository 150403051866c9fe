import { distance } from '@turf/turf'
import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../analysis/create-seeded-random'
import { haversineMetres } from './haversine-metres'

describe('haversineMetres', () => {
  it('measures one degree of latitude as 111,195.08 m on the 6,371,008.8 m sphere', () => {
    expect(haversineMetres(0.5, 51, 0.5, 52)).toBeCloseTo(111195.0802, 3)
  })

  it('returns bit-for-bit what turf.distance returns in metres', () => {
    const random = createSeededRandom(11)
    for (let i = 0; i < 20000; i++) {
      const from: [number, number] = [-0.1 + 1.5 * random(), 51.4 + 0.8 * random()]
      const to: [number, number] = [
        from[0] + (random() - 0.5) * 0.05,
        from[1] + (random() - 0.5) * 0.03,
      ]
      expect(haversineMetres(from[0], from[1], to[0], to[1])).toBe(
        distance(from, to, { units: 'meters' }),
      )
    }
  })

  it('is zero for the same point', () => {
    expect(haversineMetres(0.47, 51.73, 0.47, 51.73)).toBe(0)
  })
})
