import type { DistanceThreshold } from './distance-threshold'
import { haversineMetres } from './haversine-metres'
import { RADIANS_PER_DEGREE } from './units'

/**
 * Whether the great-circle distance from a resident to an asset is at most the threshold's radius,
 * exactly as `turf.distance(resident, asset, { units: 'meters' }) <= radius` decides, but with the
 * exact formula only for pairs within a hair of the radius (see createDistanceThreshold).
 *
 * @param threshold from createDistanceThreshold
 * @param lng0 resident longitude, degrees
 * @param lat0 resident latitude, degrees
 * @param cos0 cos of the resident latitude (precomputed)
 * @param sin0 sin of the resident latitude (precomputed)
 * @param lng asset longitude, degrees
 * @param lat asset latitude, degrees
 * @returns true when within the radius (inclusive)
 * @example
 * const t = createDistanceThreshold(800, 52.2)
 * isWithinDistance(t, 0.47, 51.73, Math.cos(0.9028), Math.sin(0.9028), 0.475, 51.73) // true (~345 m)
 */
export function isWithinDistance(
  threshold: DistanceThreshold,
  lng0: number,
  lat0: number,
  cos0: number,
  sin0: number,
  lng: number,
  lat: number,
): boolean {
  if (!threshold.exactOnly) {
    const dLat = lat - lat0
    const dLng = lng - lng0
    const q = dLat * dLat + cos0 * (cos0 - sin0 * dLat * RADIANS_PER_DEGREE) * dLng * dLng
    if (q <= threshold.qLow) return true
    if (q > threshold.qHigh) return false
  }
  return haversineMetres(lng0, lat0, lng, lat) <= threshold.radiusMetres
}
