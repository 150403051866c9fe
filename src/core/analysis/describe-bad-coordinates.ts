/**
 * Why a longitude/latitude pair cannot be used, in words, or null when it can.
 *
 * @param lng longitude, degrees (must be finite, −180…180)
 * @param lat latitude, degrees (must be finite, −90…90)
 * @returns e.g. "latitude 95 is out of range (-90…90)", or null
 * @example
 * describeBadCoordinates(0.47, 95) // 'latitude 95 is out of range (-90…90)'
 */
export function describeBadCoordinates(lng: number, lat: number): string | null {
  if (Number.isNaN(lng)) return 'longitude is missing or not a number'
  if (Number.isNaN(lat)) return 'latitude is missing or not a number'
  if (!(lng >= -180 && lng <= 180)) return `longitude ${lng} is out of range (-180…180)`
  if (!(lat >= -90 && lat <= 90)) return `latitude ${lat} is out of range (-90…90)`
  return null
}
