import type { DistanceThreshold } from './distance-threshold'
import { RADIANS_PER_DEGREE } from './units'

/**
 * Whether every point of a longitude/latitude cell lies within the threshold's radius of a
 * resident, so that all the cell's assets can be counted without a distance each. For a point at
 * fixed latitude the haversine argument grows with |Δλ|, and along a meridian it is convex in φ
 * (its second derivative ½ cos Δφ − cos φ0 cos φ sin²(Δλ/2) is positive for the small Δλ here), so
 * the farthest point is one of the two corners on the side farther in longitude. Both are tested
 * against the certain-inside bound.
 *
 * @param threshold from createDistanceThreshold
 * @param lng0 resident longitude, degrees
 * @param lat0 resident latitude, degrees
 * @param cos0 cos of the resident latitude
 * @param sin0 sin of the resident latitude
 * @param west cell west edge, degrees (likewise south, east, north)
 * @returns true only when the whole cell is certainly within the radius
 * @example
 * isCellWithinDistance(t, 0.47, 51.73, c, s, 0.4699, 51.7299, 0.4701, 51.7301) // true at 800 m
 */
export function isCellWithinDistance(
  threshold: DistanceThreshold,
  lng0: number,
  lat0: number,
  cos0: number,
  sin0: number,
  west: number,
  south: number,
  east: number,
  north: number,
): boolean {
  if (threshold.exactOnly) return false
  const dLng = Math.max(Math.abs(west - lng0), Math.abs(east - lng0))
  const dLng2 = dLng * dLng
  const dSouth = south - lat0
  const qSouth = dSouth * dSouth + cos0 * (cos0 - sin0 * dSouth * RADIANS_PER_DEGREE) * dLng2
  if (qSouth > threshold.qLow) return false
  const dNorth = north - lat0
  const qNorth = dNorth * dNorth + cos0 * (cos0 - sin0 * dNorth * RADIANS_PER_DEGREE) * dLng2
  return qNorth <= threshold.qLow
}
