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

describe('lookupWard on the Essex wards', () => {
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
