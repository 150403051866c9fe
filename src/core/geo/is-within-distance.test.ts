import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../analysis/create-seeded-random'
import { createDistanceThreshold } from './distance-threshold'
import { haversineMetres } from './haversine-metres'
import { isCellWithinDistance } from './is-cell-within-distance'
import { isWithinDistance } from './is-within-distance'
import { METRES_PER_DEGREE, RADIANS_PER_DEGREE } from './units'

function at(lat: number): [number, number] {
  return [Math.cos(lat * RADIANS_PER_DEGREE), Math.sin(lat * RADIANS_PER_DEGREE)]
}

describe('isWithinDistance', () => {
  it('agrees with the exact formula for pairs all around the threshold', () => {
    const random = createSeededRandom(3)
    for (const radius of [0, 1, 50, 800, 1000, 5000, 40000]) {
      const threshold = createDistanceThreshold(radius, 53)
      for (let i = 0; i < 5000; i++) {
        const lat0 = 51.4 + random() * 0.8
        const lng0 = -0.1 + random() * 1.4
        const angle = random() * 2 * Math.PI
        // Distances from 0 to twice the radius, dense within a metre of it.
        const metres = random() < 0.5 ? radius + (random() - 0.5) * 2 : random() * 2 * radius
        const lat = lat0 + (metres * Math.sin(angle)) / METRES_PER_DEGREE
        const lng = lng0 + (metres * Math.cos(angle)) / METRES_PER_DEGREE / at(lat0)[0]
        const [cos0, sin0] = at(lat0)
        expect(isWithinDistance(threshold, lng0, lat0, cos0, sin0, lng, lat)).toBe(
          haversineMetres(lng0, lat0, lng, lat) <= radius,
        )
      }
    }
  })

  it('decides a pair at exactly the rounded threshold by the exact formula', () => {
    const threshold = createDistanceThreshold(800, 53)
    const [cos0, sin0] = at(51.7)
    const metres = haversineMetres(0.5, 51.7, 0.5, 51.7072)
    const exactly = createDistanceThreshold(metres, 53)
    expect(isWithinDistance(exactly, 0.5, 51.7, cos0, sin0, 0.5, 51.7072)).toBe(true)
    expect(isWithinDistance(threshold, 0.5, 51.7, cos0, sin0, 0.5, 51.7072)).toBe(metres <= 800)
  })
})

describe('isCellWithinDistance', () => {
  it('says a cell is within only when every point of it is', () => {
    const random = createSeededRandom(9)
    const threshold = createDistanceThreshold(1000, 53)
    let wholeCells = 0
    for (let i = 0; i < 3000; i++) {
      const lat0 = 51.5 + random() * 0.5
      const lng0 = 0.2 + random() * 0.8
      const [cos0, sin0] = at(lat0)
      const west = lng0 + (random() - 0.5) * 0.03
      const south = lat0 + (random() - 0.5) * 0.018
      const east = west + 0.0018
      const north = south + 0.0011
      if (!isCellWithinDistance(threshold, lng0, lat0, cos0, sin0, west, south, east, north))
        continue
      wholeCells++
      for (let k = 0; k < 20; k++) {
        const lng = k === 0 ? west : k === 1 ? east : west + random() * (east - west)
        const lat = k < 2 ? (k === 0 ? south : north) : south + random() * (north - south)
        expect(haversineMetres(lng0, lat0, lng, lat)).toBeLessThanOrEqual(1000)
      }
    }
    expect(wholeCells).toBeGreaterThan(100)
  })
})
