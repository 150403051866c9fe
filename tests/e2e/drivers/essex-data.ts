// The Essex reference data the app is built from, read straight from the shared data folder so
// that tests check the app against the sources, never against numbers copied into a test.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import Papa from 'papaparse'
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf'

export interface EssexWard {
  code: string
  name: string
  population: number
  geometry: Polygon | MultiPolygon
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** `REGION_DATA_DIR`, or the shared data folder beside the repository (`../shared/data`). */
export const regionDataDir = process.env.REGION_DATA_DIR ?? resolve(repoRoot, '../shared/data')

/** Every ward with its display boundary (the simplified file the map draws) and population. */
export function readEssexWards(): EssexWard[] {
  const boundaries = JSON.parse(
    readFileSync(resolve(regionDataDir, 'essex-wards-simplified.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, { ward_code: string; ward_name: string }>
  const population = Papa.parse<{ ward_code: string; population_2021: string }>(
    readFileSync(resolve(regionDataDir, 'essex-ward-population.csv'), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data
  const populationByCode = new Map(
    population.map((row) => [row.ward_code, Number(row.population_2021)]),
  )
  return boundaries.features.map((feature) => {
    const people = populationByCode.get(feature.properties.ward_code)
    if (people === undefined) throw new Error(`No population for ${feature.properties.ward_code}`)
    return {
      code: feature.properties.ward_code,
      name: feature.properties.ward_name,
      population: people,
      geometry: feature.geometry,
    }
  })
}

/**
 * The ward containing a point, and how far inside it the point is, so that a test can refuse a
 * point so close to an edge that one pixel of rendering would decide which ward is clicked.
 *
 * @param wards - the wards
 * @param point - `[lng, lat]`
 * @returns the ward and the distance to its nearest edge in metres
 */
export function wardAt(
  wards: readonly EssexWard[],
  point: Position,
): { ward: EssexWard; metresFromEdge: number } {
  const ward = wards.find((candidate) => booleanPointInPolygon(point, candidate.geometry))
  if (!ward) throw new Error(`No Essex ward contains ${point.join(', ')}`)
  const metresFromEdge = Math.abs(pointToPolygonDistance(point, ward.geometry, { units: 'meters' }))
  return { ward, metresFromEdge }
}

/**
 * The ward containing a point, refusing points nearer an edge than `minMetres`: a test that
 * clicks there should not depend on which side of a boundary one pixel of rendering falls.
 *
 * @param wards - the wards
 * @param point - `[lng, lat]`
 * @param minMetres - how far inside the ward the point must be
 * @returns the ward
 */
export function wardWellInside(
  wards: readonly EssexWard[],
  point: Position,
  minMetres: number,
): EssexWard {
  const { ward, metresFromEdge } = wardAt(wards, point)
  if (metresFromEdge < minMetres) {
    throw new Error(
      `${point.join(', ')} is ${Math.round(metresFromEdge)} m from the edge of ${ward.name}; choose a point at least ${minMetres} m inside.`,
    )
  }
  return ward
}
