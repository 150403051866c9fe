/** Where a postcode is: its unit centroid (a place, never a person) and ward. */
export interface PostcodeLocation {
  /** Normalised, e.g. `CM1 1AA`. */
  postcode: string
  lngLat: [number, number]
  wardCode: string | null
}
