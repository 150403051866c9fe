import type { WardBoundary } from './ward-boundary'

/** A ward ready to load: boundary, names and Census 2021 population. */
export interface RegionWard extends WardBoundary {
  population: number
}

/** A small area (LSOA 2021) population-weighted centroid and the ward it is counted in. */
export interface RegionSmallArea {
  smallAreaCode: string
  smallAreaName: string
  wardCode: string
  population: number
  point: [number, number]
}

/** One indicator value for a ward or a small area. */
export interface RegionIndicator {
  areaCode: string
  indicator: string
  value: number
  source: string
  year: number
}

/** A postcode unit centroid: a place, never a person. */
export interface RegionPostcode {
  postcode: string
  point: [number, number]
  wardCode: string | null
  smallAreaCode: string | null
}

/** Everything the region importer loads, validated and cross-checked. */
export interface RegionDataset {
  wards: RegionWard[]
  smallAreas: RegionSmallArea[]
  wardIndicators: RegionIndicator[]
  smallAreaIndicators: RegionIndicator[]
  postcodes: RegionPostcode[]
  /** The slug of the programme that covers the region's authorities, when it names one. */
  programme?: string
}
