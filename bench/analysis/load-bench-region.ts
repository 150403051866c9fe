// Reads the Essex data the analysis benchmark needs from ../shared/data (never copied).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { RegionInput, ResidentPoints } from '../../src/core/analysis/types'
import { readRegionFiles } from '../../scripts/analysis/read-region-files'
import { defaultDataDir } from '../../scripts/lib/paths'

export interface BenchRegion {
  /** The region with LSOA population-weighted centroids as residents. */
  input: RegionInput
  /** Postcode centroids: where generated assets cluster. */
  anchors: ResidentPoints
  /** The ward features, for the naive Turf baseline. */
  wardFeatures: Feature<Polygon | MultiPolygon>[]
}

/** Loads the Essex region, postcode anchors and ward features. */
export function loadBenchRegion(): BenchRegion {
  const lsoa = readRegionFiles(defaultDataDir, 'lsoa')
  const postcodes = readRegionFiles(defaultDataDir, 'postcode')
  if (!lsoa.ok) throw new Error(lsoa.message)
  if (!postcodes.ok) throw new Error(postcodes.message)
  const text = readFileSync(join(defaultDataDir, 'essex-wards.geojson'), 'utf8')
  const wards = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon>
  return { input: lsoa.region, anchors: postcodes.region.residents, wardFeatures: wards.features }
}
