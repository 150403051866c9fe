import { EARTH_RADIUS_METRES } from './units'

/**
 * Great-circle distance in metres between two `[lng, lat]` positions given as four numbers, on a
 * sphere of radius 6,371,008.8 m. The arithmetic is `@turf/distance` (7.x) operation for operation
 * (including its `% 360` in `degreesToRadians` and the order of the products), so that the result is
 * bit-for-bit what `turf.distance(from, to, { units: 'meters' })` returns; the fast analysis relies on
 * that to stay exactly equal to the straightforward Turf computation. Argument order matters in the
 * last bit: pass the resident as `from` and the asset as `to`, as the analysis does everywhere.
 *
 * @param fromLng longitude of the first point, degrees
 * @param fromLat latitude of the first point, degrees
 * @param toLng longitude of the second point, degrees
 * @param toLat latitude of the second point, degrees
 * @returns distance in metres (NaN if any input is NaN)
 * @example
 * haversineMetres(0.4685, 51.7356, 0.4795, 51.7356) // ≈ 757 m along Chelmsford's parallel
 */
export function haversineMetres(
  fromLng: number,
  fromLat: number,
  toLng: number,
  toLat: number,
): number {
  const dLat = (((toLat - fromLat) % 360) * Math.PI) / 180
  const dLon = (((toLng - fromLng) % 360) * Math.PI) / 180
  const lat1 = ((fromLat % 360) * Math.PI) / 180
  const lat2 = ((toLat % 360) * Math.PI) / 180
  const a =
    Math.pow(Math.sin(dLat / 2), 2) +
    Math.pow(Math.sin(dLon / 2), 2) * Math.cos(lat1) * Math.cos(lat2)
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_METRES
}
