import { describeBadCoordinates } from '../../core/analysis/describe-bad-coordinates'
import { parseNumberText } from '../../core/analysis/parse-number-text'

/**
 * Reads typed coordinates for a planned asset, with a message per field a person can act on.
 *
 * @param lngText longitude as typed, decimal degrees
 * @param latText latitude as typed
 * @returns the point, or an error per unusable field
 * @example readPlannedPoint('0.47', '51.73') // { ok: true, point: { lng: 0.47, lat: 51.73 } }
 */
export function readPlannedPoint(
  lngText: string,
  latText: string,
):
  | { ok: true; point: { lng: number; lat: number } }
  | { ok: false; errors: { lng?: string; lat?: string } } {
  const errors: { lng?: string; lat?: string } = {}
  const lng = parseNumberText(lngText)
  const lat = parseNumberText(latText)
  if (lng === null) errors.lng = 'Enter a longitude, such as 0.4713'
  else if (Number.isNaN(lng)) errors.lng = 'Enter the longitude as a decimal number, such as 0.4713'
  else if (describeBadCoordinates(lng, 0) !== null)
    errors.lng = 'Longitude must be between -180 and 180'
  if (lat === null) errors.lat = 'Enter a latitude, such as 51.7356'
  else if (Number.isNaN(lat)) errors.lat = 'Enter the latitude as a decimal number, such as 51.7356'
  else if (describeBadCoordinates(0, lat) !== null)
    errors.lat = 'Latitude must be between -90 and 90'
  if (errors.lng || errors.lat || lng === null || lat === null) return { ok: false, errors }
  return { ok: true, point: { lng, lat } }
}
