import { z } from 'zod'
import type { PostcodeLocation } from '../../core/region/postcode-location'

/** A row of `lookup_postcode`. */
export const postcodeRowSchema = z.object({
  postcode: z.string(),
  lng: z.number(),
  lat: z.number(),
  ward_code: z.string().nullable(),
})

/** Validates a row and turns it into the core type. */
export function toPostcodeLocation(row: unknown): PostcodeLocation {
  const value = postcodeRowSchema.parse(row)
  return { postcode: value.postcode, lngLat: [value.lng, value.lat], wardCode: value.ward_code }
}
