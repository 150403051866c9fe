// Shared shapes of the gap analysis (ARCHITECTURE.md §5). Coordinates are [lng, lat] degrees
// (WGS84); distances metres; populations are people (Census 2021 usual residents).
import type { WardLookupGrid } from '../geo/ward-lookup-grid'

/** A problem found in the input, kept as a value with a message a person understands. */
export interface AnalysisIssue {
  /** `error`: the item was left out. `warning`: it was used, with the caveat in the message. */
  severity: 'error' | 'warning'
  /** e.g. "Row 14: latitude 95 is out of range (-90…90)" */
  message: string
  /** 1-based row, feature or asset number the issue is about, when it is about one. */
  row?: number
  wardCode?: string
}

/** One ward as read from the region's files, before checking. */
export interface RegionWardInput {
  /** GSS code, e.g. `E05004093`. */
  code: string
  name: string
  /** Census 2021 usual residents; null when unknown (rates are then empty). */
  population: number | null
  /** A GeoJSON Polygon or MultiPolygon (checked by prepareRegion; anything else is refused). */
  geometry: unknown
  /** Need indicators by key (e.g. `imd2025_score`), null or NaN when missing. */
  indicators?: Readonly<Record<string, number | null>>
}

/**
 * Where residents live, as weighted points: an LSOA population-weighted centroid carrying the LSOA's
 * population, or a postcode centroid carrying an equal share of its LSOA's. Index-aligned arrays.
 */
export interface ResidentPoints {
  lng: Float64Array
  lat: Float64Array
  /** Residents the point stands for (≥ 0; may be fractional). */
  weight: Float64Array
}

export interface RegionInput {
  /** Used in the words of the reasons (the region's display name). */
  name: string
  /** In file order: that order breaks ties on shared edges (first ward wins). */
  wards: readonly RegionWardInput[]
  residents: ResidentPoints
}

export interface PreparedWard {
  code: string
  name: string
  population: number | null
  indicators: Readonly<Record<string, number | null>>
  /** False when the ward's geometry was refused: it contains nothing and gets no rows. */
  included: boolean
}

/** Structures that depend on the region only: built once per region by prepareRegion. */
export interface PreparedRegion {
  name: string
  wards: readonly PreparedWard[]
  lookup: WardLookupGrid
  residents: ResidentPoints
  /** Ward index of each resident point, −1 when in no ward or refused. */
  residentWard: Int32Array
  /** Residents of ward w: `wardResidents[wardResidentOffsets[w] … wardResidentOffsets[w + 1]]`. */
  wardResidentOffsets: Int32Array
  wardResidents: Int32Array
  issues: readonly AnalysisIssue[]
}

/** Assets as index-aligned typed arrays; `category[i]` indexes `categories`. */
export interface AssetPoints {
  lng: Float64Array
  lat: Float64Array
  category: Int32Array
  /** The category names, e.g. the six ABCD kinds or subtypes; order = column order of results. */
  categories: readonly string[]
  /** Optional 1-based source row of each asset, for messages (default: position + 1). */
  rowNumbers?: Int32Array
}

/** One asset added to a running analysis. */
export interface NewAssetPoint {
  lng: number
  lat: number
  category: string
}
