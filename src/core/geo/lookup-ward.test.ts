import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { booleanPointInPolygon, point } from '@turf/turf'
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../scripts/lib/paths'
import { createSeededRandom } from '../analysis/create-seeded-random'
import { buildWardLookupGrid } from './build-ward-lookup-grid'
import { lookupWard } from './lookup-ward'
import { validatePolygonGeometry, type PolygonRings } from './validate-polygon-geometry'

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

  it('matches Turf (first ward in file order) on Essex for random points, vertices and edge midpoints', () => {
    const text = readFileSync(join(defaultDataDir, 'essex-wards.geojson'), 'utf8')
    const wards = (JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon>).features
    const polygons = wards.map((ward) => {
      const checked = validatePolygonGeometry(ward.geometry)
      return checked.ok ? checked.polygons : null
    })
    expect(polygons.every((p) => p !== null)).toBe(true)
    const grid = buildWardLookupGrid(polygons as PolygonRings[][])
    const random = createSeededRandom(2026)
    const points: Position[] = []
    for (let i = 0; i < 4000; i++) points.push([-0.05 + 1.4 * random(), 51.42 + 0.7 * random()])
    // Hard cases: every 40th vertex, and the midpoint of the edge after it.
    wards.forEach((ward) =>
      eachRing(ward, (ring) => {
        for (let i = 0; i + 1 < ring.length; i += 40) {
          points.push(ring[i]!)
          points.push([
            (ring[i]![0]! + ring[i + 1]![0]!) / 2,
            (ring[i]![1]! + ring[i + 1]![1]!) / 2,
          ])
        }
      }),
    )
    const turfWard = (p: Position): number =>
      wards.findIndex((ward) => booleanPointInPolygon(point(p), ward))
    const mismatches = points.filter((p) => lookupWard(grid, p[0]!, p[1]!) !== turfWard(p))
    expect(mismatches).toEqual([])
    expect(points.length).toBeGreaterThan(5000)
  }, 60_000)
})

function eachRing(ward: Feature<Polygon | MultiPolygon>, visit: (ring: Position[]) => void): void {
  const polygons =
    ward.geometry.type === 'Polygon' ? [ward.geometry.coordinates] : ward.geometry.coordinates
  polygons.forEach((rings) => rings.forEach(visit))
}
