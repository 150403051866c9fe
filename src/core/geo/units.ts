/**
 * Mean Earth radius in metres: Turf's `earthRadius` (@turf/helpers) and the sphere PostGIS uses for
 * `geography` with `use_spheroid => false` (6,371,008.77 m, micrometres apart at walking distances).
 * Every distance in the analysis is great-circle on this sphere, in TypeScript and in SQL alike.
 */
export const EARTH_RADIUS_METRES = 6371008.8

/** Degrees to radians, as a multiplier. */
export const RADIANS_PER_DEGREE = Math.PI / 180

/** Metres along a meridian per degree of latitude on the sphere above (about 111,195 m). */
export const METRES_PER_DEGREE = EARTH_RADIUS_METRES * RADIANS_PER_DEGREE
