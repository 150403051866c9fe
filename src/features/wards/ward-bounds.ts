import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { bbox } from '@turf/turf'
import type { MapBounds } from '../../map/map-view'

/**
 * The bounding box of one ward, for moving the map to a ward chosen from the list.
 *
 * @param wards - the ward layer's GeoJSON
 * @param wardCode - the ward's GSS code
 * @returns `[[west, south], [east, north]]` in degrees, or null when the code is not in the layer
 */
export function wardBounds(
  wards: FeatureCollection<Polygon | MultiPolygon, { ward_code: string }>,
  wardCode: string,
): MapBounds | null {
  const feature = wards.features.find((candidate) => candidate.properties.ward_code === wardCode)
  if (!feature) return null
  const [west, south, east, north] = bbox(feature)
  return [
    [west, south],
    [east, north],
  ]
}
