import { describe, expect, it } from 'vitest'
import { prepareRegion } from './prepare-region'
import type { RegionInput } from './types'

const square = (west: number, east: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, 51.7],
      [east, 51.7],
      [east, 51.71],
      [west, 51.71],
      [west, 51.7],
    ],
  ],
})

function region(overrides: Partial<RegionInput> = {}): RegionInput {
  return {
    name: 'Test',
    wards: [
      { code: 'W1', name: 'West', population: 1000, geometry: square(0, 0.016) },
      { code: 'W2', name: 'East', population: 500, geometry: square(0.016, 0.032) },
    ],
    residents: {
      lng: Float64Array.from([0.008, 0.016, 0.024, 0.5]),
      lat: Float64Array.from([51.705, 51.705, 51.705, 51.9]),
      weight: Float64Array.from([10, 20, 30, 40]),
    },
    ...overrides,
  }
}

describe('prepareRegion', () => {
  it('puts each resident point in the ward containing it, the first ward on a shared edge', () => {
    expect(Array.from(prepareRegion(region()).residentWard)).toEqual([0, 0, 1, -1])
  })

  it('lists residents by ward in input order', () => {
    const prepared = prepareRegion(region())
    expect(Array.from(prepared.wardResidentOffsets)).toEqual([0, 2, 3])
    expect(Array.from(prepared.wardResidents)).toEqual([0, 1, 2])
  })

  it('reports residents outside every ward', () => {
    expect(prepareRegion(region()).issues.map((i) => i.message)).toEqual([
      "1 resident point lies outside every ward and counts towards no ward's coverage",
    ])
  })

  it('leaves out a ward with an invalid polygon, saying why', () => {
    const bad = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 51.7],
          [0.016, 51.7],
          [0, 51.7],
        ],
      ],
    }
    const prepared = prepareRegion(
      region({ wards: [{ code: 'W1', name: 'West', population: 1000, geometry: bad }] }),
    )
    expect(prepared.wards[0]!.included).toBe(false)
    expect(prepared.issues[0]!.message).toBe(
      'Ward W1 (West): ring 1 of polygon 1 has 3 positions; a closed ring needs at least 4; the ward is left out of the analysis',
    )
  })

  it('reports a population that is not a number and treats it as unknown', () => {
    const wards = [{ code: 'W1', name: 'West', population: Number.NaN, geometry: square(0, 0.016) }]
    const prepared = prepareRegion(region({ wards }))
    expect(prepared.wards[0]!.population).toBeNull()
    expect(prepared.issues[0]!.message).toBe(
      'Ward W1 (West): population NaN is not a number of people; rates are left empty',
    )
  })
})
