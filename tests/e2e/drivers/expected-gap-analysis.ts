// What the gap analysis should show, computed in the test process by the same engine the app's
// worker runs, on the shared region files: the spec compares the page with this, never with
// numbers copied into the test.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { RegionTexts } from '../../../src/core/analysis/parse-region'
import {
  ANALYSIS_KINDS,
  DEFAULT_ANALYSIS_SETTINGS,
} from '../../../src/features/gap-analysis/analysis-settings'
import type { BivariateClass } from '../../../src/features/gap-analysis/bivariate-classes'
import { choroplethSignature } from '../../../src/features/gap-analysis/map/gap-choropleth-layer'
import { createGapAnalysisEngine } from '../../../src/features/gap-analysis/worker/gap-analysis-engine'
import type {
  AnalysisAsset,
  GapAnalysisRequest,
  GapAnalysisResult,
} from '../../../src/features/gap-analysis/worker/gap-analysis-result'
import { regionDataDir } from './essex-data'

/** The region files as the app's analysis-region.json carries them. */
export function readAnalysisTexts(): RegionTexts {
  const read = (name: string) => readFileSync(resolve(regionDataDir, name), 'utf8')
  return {
    wards: read('essex-wards.geojson'),
    wardPopulation: read('essex-ward-population.csv'),
    wardImd: read('essex-ward-imd.csv'),
    lsoaCentroids: read('essex-lsoa21-centroids.csv'),
  }
}

/** The request the analysis screen makes with its default settings and these changes. */
export function analysisRequest(changes: Partial<GapAnalysisRequest> = {}): GapAnalysisRequest {
  const { kinds, distanceMetres, need, rateWeight, coverageWeight, layerKind } =
    DEFAULT_ANALYSIS_SETTINGS
  return { kinds, distanceMetres, need, rateWeight, coverageWeight, layerKind, ...changes }
}

/** The result the app's worker gives for these assets and settings. */
export function expectedAnalysis(
  assets: readonly Omit<AnalysisAsset, 'id'>[],
  request: GapAnalysisRequest,
): GapAnalysisResult {
  const engine = createGapAnalysisEngine('Essex', readAnalysisTexts(), ANALYSIS_KINDS)
  engine.setAssets(assets.map((asset, i) => ({ ...asset, id: `expected-${i}` })))
  // The app's local database has no time bank members and no partner schemes: every ward has
  // none, as here.
  engine.setTimeBankActivity([])
  engine.setSchemeSupply([])
  return engine.compute(request)
}

/** The fingerprint the map carries (data-choropleth) for a result's classes. */
export function expectedSignature(result: GapAnalysisResult): string {
  const classes = new Map<string, BivariateClass>()
  for (const ward of result.wards) {
    if (ward.needTercile !== null && ward.supplyTercile !== null) {
      classes.set(ward.code, { need: ward.needTercile, supply: ward.supplyTercile })
    }
  }
  return choroplethSignature(classes)
}
