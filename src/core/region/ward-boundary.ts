import type { MultiPolygon } from 'geojson'

/** A ward's boundary and names as read from a boundary file (coordinates `[lng, lat]`, WGS84). */
export interface WardBoundary {
  wardCode: string
  wardName: string
  ladCode: string
  ladName: string
  geometry: MultiPolygon
  /** ONS's label point, where the file has one. */
  labelPoint: [number, number] | null
}
