import { point } from '@turf/turf'
import type { Feature, Point } from 'geojson'
import type { AssetPoints } from './types'

/**
 * The assets as Turf points (null for unusable coordinates or category), as the naive computation
 * takes them.
 *
 * @param assets the asset points
 * @returns one point feature per asset, or null
 * @example
 * const features = toTurfPoints(assets)
 */
export function toTurfPoints(assets: AssetPoints): (Feature<Point> | null)[] {
  const points: (Feature<Point> | null)[] = []
  const categoryTotal = assets.categories.length
  for (let j = 0; j < assets.lng.length; j++) {
    const lng = assets.lng[j]!
    const lat = assets.lat[j]!
    const c = assets.category[j]!
    const ok = lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90 && c >= 0 && c < categoryTotal
    points.push(ok ? point([lng, lat]) : null)
  }
  return points
}
