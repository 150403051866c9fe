import { EARTH_RADIUS_METRES, RADIANS_PER_DEGREE } from './units'

/**
 * A "within r metres?" test prepared for many pairs. Pairs are first compared with a cheap local
 * approximation q of the squared haversine argument (degrees², see isWithinDistance); only pairs
 * whose q falls inside the hair-thin band (qLow, qHigh] are decided by the exact Turf formula.
 */
export interface DistanceThreshold {
  radiusMetres: number
  /** q at or below this: certainly within (Turf's distance ≤ radius). */
  qLow: number
  /** q above this: certainly beyond. */
  qHigh: number
  /** True when the radius is too large for the approximation: every pair uses the exact formula. */
  exactOnly: boolean
}

/**
 * Prepares the threshold test for a radius. With Δφ, Δλ the latitude and longitude differences and
 * φ0 the first point's latitude, the haversine argument is a = sin²(Δφ/2) + cos φ0 cos φ1 sin²(Δλ/2)
 * and "distance ≤ r" is a ≤ sin²(r / 2R). The approximation replaces sin x by x and cos φ1 by
 * cos φ0 − sin φ0 Δφ; both relative errors are below (r / (R cos φ))² for points within about r,
 * so a relative band ε = 1e-6 + 16 (r / (R cos φmax))² (1e-6 alone is ~0.4 mm at 800 m, far above
 * the ~1e-13 rounding of Turf's own arithmetic) can never misjudge a pair.
 *
 * @param radiusMetres the radius r, metres (> 0)
 * @param maxAbsLatitude the largest |latitude| either point may have, degrees (sets the band)
 * @returns the prepared threshold
 * @example
 * const walk = createDistanceThreshold(800, 52.2)
 */
export function createDistanceThreshold(
  radiusMetres: number,
  maxAbsLatitude: number,
): DistanceThreshold {
  const half = Math.sin(radiusMetres / (2 * EARTH_RADIUS_METRES))
  const q = (4 * half * half) / (RADIANS_PER_DEGREE * RADIANS_PER_DEGREE)
  const cosMax = Math.cos(Math.min(Math.abs(maxAbsLatitude), 89) * RADIANS_PER_DEGREE)
  const angle = radiusMetres / (EARTH_RADIUS_METRES * cosMax)
  const epsilon = 1e-6 + 16 * angle * angle
  return {
    radiusMetres,
    qLow: q * (1 - epsilon),
    qHigh: q * (1 + epsilon),
    exactOnly: epsilon > 1e-3,
  }
}
