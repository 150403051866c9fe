import type { FeatureCollection, MultiPolygon } from 'geojson'
import type { RegionDataset } from './region-dataset'
import { rankWardsByScore } from './rank-wards-by-score'

/** The properties of a ward on the static map layer (snake_case, as MapLibre expressions read). */
export interface WardMapProperties {
  ward_code: string
  ward_name: string
  lad_code: string
  lad_name: string
  population: number
  imd2025_score: number | null
  imd2025_rank: number | null
  imd2025_tenth: number | null
  imd2019_score: number | null
  imd2019_rank: number | null
}

/**
 * Makes the static ward layer the map paints before the database is ready: each ward with its
 * population and its rank and tenth in the region by population-weighted IMD score.
 *
 * @param dataset - a validated region
 * @param geometryByCode - lighter display geometry per ward code (optional; defaults to the
 *   dataset's own boundaries)
 * @example toWardMapFeatures(dataset).features.length // one per ward
 */
export function toWardMapFeatures(
  dataset: RegionDataset,
  geometryByCode?: ReadonlyMap<string, MultiPolygon>,
): FeatureCollection<MultiPolygon, WardMapProperties> {
  const scores = (indicator: string) =>
    new Map(
      dataset.wardIndicators
        .filter((row) => row.indicator === indicator)
        .map((row) => [row.areaCode, row.value]),
    )
  const imd2025 = scores('imd2025_score')
  const imd2019 = scores('imd2019_score')
  const ranks2025 = rankWardsByScore(imd2025)
  const ranks2019 = rankWardsByScore(imd2019)
  return {
    type: 'FeatureCollection',
    features: dataset.wards.map((ward) => ({
      type: 'Feature',
      geometry: geometryByCode?.get(ward.wardCode) ?? ward.geometry,
      properties: {
        ward_code: ward.wardCode,
        ward_name: ward.wardName,
        lad_code: ward.ladCode,
        lad_name: ward.ladName,
        population: ward.population,
        imd2025_score: imd2025.get(ward.wardCode) ?? null,
        imd2025_rank: ranks2025.get(ward.wardCode)?.rank ?? null,
        imd2025_tenth: ranks2025.get(ward.wardCode)?.tenth ?? null,
        imd2019_score: imd2019.get(ward.wardCode) ?? null,
        imd2019_rank: ranks2019.get(ward.wardCode)?.rank ?? null,
      },
    })),
  }
}
