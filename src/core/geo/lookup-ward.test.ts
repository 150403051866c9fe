import { describe, expect, it } from 'vitest'
import { buildWardLookupGrid } from './build-ward-lookup-grid'
import { lookupWard } from './lookup-ward'

type Ring = [number, number][]
const box = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
]

// Two wards ~1.1 km square side by side near Chelmsford, sharing the edge lng = 0.016.
const west = [[box(0, 51.7, 0.016, 51.71)]]
const east = [[box(0.016, 51.7, 0.032, 51.71)]]

describe('lookupWard', () => {
  it('finds the ward a point is inside', () => {
    const grid = buildWardLookupGrid([west, east])
    expect(lookupWard(grid, 0.008, 51.705)).toBe(0)
    expect(lookupWard(grid, 0.024, 51.705)).toBe(1)
  })

  it('puts a point on a shared edge in the first ward in file order only', () => {
    expect(lookupWard(buildWardLookupGrid([west, east]), 0.016, 51.705)).toBe(0)
    expect(lookupWard(buildWardLookupGrid([east, west]), 0.016, 51.705)).toBe(0)
  })

  it('counts a point on an outer edge or corner as inside, as Turf does', () => {
    const grid = buildWardLookupGrid([west, east])
    expect(lookupWard(grid, 0.032, 51.705)).toBe(1)
    expect(lookupWard(grid, 0, 51.7)).toBe(0)
    expect(lookupWard(grid, 0.016, 51.71)).toBe(0)
  })

  it('finds no ward for a point outside every ward, or with NaN coordinates', () => {
    const grid = buildWardLookupGrid([west, east])
    expect(lookupWard(grid, 0.04, 51.705)).toBe(-1)
    expect(lookupWard(grid, 5, 40)).toBe(-1)
    expect(lookupWard(grid, Number.NaN, 51.705)).toBe(-1)
  })

  it('finds a multipolygon ward on its island', () => {
    const withIsland = [[box(0, 51.7, 0.016, 51.71)], [box(0.05, 51.72, 0.052, 51.722)]]
    const grid = buildWardLookupGrid([withIsland, east])
    expect(lookupWard(grid, 0.051, 51.721)).toBe(0)
    expect(lookupWard(grid, 0.045, 51.721)).toBe(-1)
  })

  it('puts a point in a hole in the ward filling it, and on the hole edge in the holed ward', () => {
    const hole = box(0.006, 51.704, 0.01, 51.706).reverse()
    const donut = [[box(0, 51.7, 0.016, 51.71), hole]]
    const filling = [[box(0.006, 51.704, 0.01, 51.706)]]
    const grid = buildWardLookupGrid([donut, filling])
    expect(lookupWard(grid, 0.008, 51.705)).toBe(1)
    expect(lookupWard(grid, 0.006, 51.705)).toBe(0)
    expect(lookupWard(grid, 0.003, 51.705)).toBe(0)
  })

  it('never matches a ward left out (null)', () => {
    const grid = buildWardLookupGrid([null, east])
    expect(lookupWard(grid, 0.008, 51.705)).toBe(-1)
    expect(lookupWard(grid, 0.024, 51.705)).toBe(1)
  })
})
