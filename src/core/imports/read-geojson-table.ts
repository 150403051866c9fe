import { centroid } from '@turf/turf'
import type { Feature, GeoJsonObject } from 'geojson'
import type { SourceTable } from './read-delimited-table'

/**
 * A GeoJSON file as a table: one row per feature, a column per property, and the feature's
 * point as "longitude" and "latitude" (an area's or a line's centroid, so that a park drawn as a
 * polygon is pinned at its middle). A feature with no geometry has empty coordinates.
 */
export function readGeoJsonTable(text: string): SourceTable {
  return geoJsonToTable(JSON.parse(text) as GeoJsonObject)
}

/** The same for GeoJSON already parsed (e.g. from a Shapefile). */
export function geoJsonToTable(json: GeoJsonObject): SourceTable {
  const features: Feature[] =
    json.type === 'FeatureCollection'
      ? (json as unknown as { features: Feature[] }).features
      : json.type === 'Feature'
        ? [json as Feature]
        : []
  if (features.length === 0 && json.type !== 'FeatureCollection') {
    throw new Error('The file is GeoJSON but not a Feature or a FeatureCollection.')
  }
  const keys = new Set<string>()
  for (const feature of features) {
    for (const key of Object.keys(feature.properties ?? {})) {
      if (key !== 'longitude' && key !== 'latitude') keys.add(key)
    }
  }
  const headers = [...keys, 'longitude', 'latitude']
  const rows = features.map((feature) => {
    const properties = feature.properties ?? {}
    const point = feature.geometry ? centroid(feature).geometry.coordinates : null
    return [
      ...[...keys].map((key) => cellText(properties[key])),
      point ? String(point[0]) : '',
      point ? String(point[1]) : '',
    ]
  })
  return { headers, rows, encoding: 'utf-8', delimiter: '' }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(cellText).join('; ')
  return typeof value === 'object' ? JSON.stringify(value) : String(value).trim()
}
