import { bbox } from '@turf/turf'
import type { Feature, FeatureCollection } from 'geojson'

/**
 * The bounds of one ward in a ward layer, for moving the map to it.
 *
 * @param wards the ward layer (properties include `ward_code`)
 * @param code the ward's code
 * @returns `[[west, south], [east, north]]`, or null when the layer has no such ward
 * @example wardFeatureBounds(wards, 'E05004118')
 */
export function wardFeatureBounds(
  wards: FeatureCollection,
  code: string,
): [[number, number], [number, number]] | null {
  const feature = wards.features.find(
    (candidate: Feature) => candidate.properties?.ward_code === code,
  )
  if (!feature) return null
  const [west, south, east, north] = bbox(feature)
  return [
    [west, south],
    [east, north],
  ]
}
