import { booleanPointInPolygon, distance, point } from '@turf/turf'
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson'
import { toTurfPoints } from './to-turf-points'
import type { AssetPoints, ResidentPoints } from './types'

/** The straightforward computation's results, in the same layout as WardAnalysis. */
export interface NaiveWardMetrics {
  assetCounts: Int32Array
  /** Ward of each asset tested (−1: none), −2 for assets not tested (sampling or unusable). */
  assetWard: Int32Array
  residentWard: Int32Array
  residentPopulation: Float64Array
  coveredPopulation: Float64Array
  reachPopulation: Float64Array
  residentCovered: Uint8Array
  residentReach: Int32Array
}

export interface NaiveOptions {
  walkDistanceMetres?: number
  reachRadiusMetres?: number
  /** Test only every n-th asset against the wards (benchmark sampling; default 1 = all; 0 = none). */
  assetStride?: number
  /** Measure distances from every n-th resident only (benchmark sampling; default 1; 0 = none). */
  residentStride?: number
  /** The assets as Turf points, when already built (null for an unusable asset). */
  assetFeatures?: readonly (Feature<Point> | null)[]
}

/**
 * The reference the fast analysis must equal, written the plain way with Turf: every asset tested
 * with `booleanPointInPolygon` against every ward (the first in file order that contains it wins),
 * every resident likewise, and `turf.distance` from every resident to every asset. O(assets × wards
 * + residents × assets): for tests on small sets and as the benchmark's baseline, never for the app.
 *
 * @param wards ward features in file order; null for a ward left out of the analysis
 * @param residents resident points (weights = residents represented)
 * @param assets asset points; those with unusable coordinates or category are skipped
 * @param options radii in metres (defaults 800 and 1000) and sampling strides
 * @returns counts, resident wards, per-resident coverage/reach and per-ward sums
 * @example
 * const naive = computeNaiveWardMetrics(features, residents, assets)
 */
export function computeNaiveWardMetrics(
  wards: readonly (Feature<Polygon | MultiPolygon> | null)[],
  residents: ResidentPoints,
  assets: AssetPoints,
  options: NaiveOptions = {},
): NaiveWardMetrics {
  const walk = options.walkDistanceMetres ?? 800
  const reachRadius = options.reachRadiusMetres ?? 1000
  const assetStride = options.assetStride ?? 1
  const residentStride = options.residentStride ?? 1
  const categoryTotal = assets.categories.length
  const usable = (lng: number, lat: number): boolean =>
    lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90
  // Every point against every ward, as the issue defines the baseline; the first ward in file
  // order that contains it wins (a point on a shared edge counts in one ward only).
  const wardOf = (p: Feature<Point>): number => {
    let found = -1
    for (let w = 0; w < wards.length; w++) {
      const ward = wards[w]
      if (ward && booleanPointInPolygon(p, ward) && found < 0) found = w
    }
    return found
  }

  const assetPoints = options.assetFeatures ?? toTurfPoints(assets)
  const assetCounts = new Int32Array(wards.length * categoryTotal)
  const assetWard = new Int32Array(assetPoints.length).fill(-2)
  for (let j = 0; assetStride > 0 && j < assetPoints.length; j += assetStride) {
    const p = assetPoints[j]
    if (!p) continue
    const w = wardOf(p)
    assetWard[j] = w
    if (w >= 0) assetCounts[w * categoryTotal + assets.category[j]!]!++
  }

  const residentCount = residents.lng.length
  const residentWard = new Int32Array(residentCount).fill(-1)
  const residentCovered = new Uint8Array(residentCount * categoryTotal)
  const residentReach = new Int32Array(residentCount * categoryTotal)
  for (let i = 0; residentStride > 0 && i < residentCount; i += residentStride) {
    const lng = residents.lng[i]!
    const lat = residents.lat[i]!
    const weight = residents.weight[i]!
    if (!usable(lng, lat) || !(weight >= 0)) continue
    const from = point([lng, lat])
    residentWard[i] = wardOf(from)
    if (residentWard[i]! < 0) continue
    for (let j = 0; j < assetPoints.length; j++) {
      const to = assetPoints[j]
      if (!to) continue
      const metres = distance(from, to, { units: 'meters' })
      const at = i * categoryTotal + assets.category[j]!
      if (metres <= walk) residentCovered[at] = 1
      if (metres <= reachRadius) residentReach[at]!++
    }
  }

  const residentPopulation = new Float64Array(wards.length)
  const coveredPopulation = new Float64Array(wards.length * categoryTotal)
  const reachPopulation = new Float64Array(wards.length * categoryTotal)
  for (let i = 0; i < residentCount; i++) {
    const w = residentWard[i]!
    if (w < 0) continue
    const weight = residents.weight[i]!
    residentPopulation[w]! += weight
    for (let c = 0; c < categoryTotal; c++) {
      const at = i * categoryTotal + c
      if (residentCovered[at] !== 0) coveredPopulation[w * categoryTotal + c]! += weight
      reachPopulation[w * categoryTotal + c]! += weight * residentReach[at]!
    }
  }
  return {
    assetCounts,
    assetWard,
    residentWard,
    residentPopulation,
    coveredPopulation,
    reachPopulation,
    residentCovered,
    residentReach,
  }
}
