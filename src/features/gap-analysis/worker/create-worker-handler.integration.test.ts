import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../../scripts/lib/paths'
import {
  ANALYSIS_REGION_FORMAT,
  type AnalysisRegionFile,
} from '../../../core/analysis/analysis-region-file'
import { createWorkerHandler } from './create-worker-handler'
import type { GapAnalysisRequest } from './gap-analysis-result'
import type { FromAnalysisWorker } from './worker-messages'

const read = (name: string) => readFileSync(join(defaultDataDir, name), 'utf8')
const file: AnalysisRegionFile = {
  format: ANALYSIS_REGION_FORMAT,
  texts: {
    wards: read('essex-wards.geojson'),
    wardPopulation: read('essex-ward-population.csv'),
    wardImd: read('essex-ward-imd.csv'),
    lsoaCentroids: read('essex-lsoa21-centroids.csv'),
  },
}

const request: GapAnalysisRequest = {
  kinds: ['cultural'],
  distanceMetres: 400,
  need: [{ key: 'imd2019_score_popweighted', weight: 1 }],
  rateWeight: 1,
  coverageWeight: 1,
  layerKind: 'cultural',
}

function start(load = async () => file) {
  const posted: FromAnalysisWorker[] = []
  const handle = createWorkerHandler((message) => posted.push(message), load, 'Essex')
  return { posted, handle }
}

describe('the gap analysis worker', () => {
  it('handles assets and settings sent while the region loads once it is ready, in order', async () => {
    const { posted, handle } = start()
    void handle({ type: 'load', url: 'analysis-region.json' })
    void handle({ type: 'compute', request })
    await handle({
      type: 'assets',
      assets: [{ id: 'x', kind: 'cultural', lng: 0.9035, lat: 51.8891 }],
    })
    expect(posted.map((message) => message.type)).toEqual(['ready', 'result', 'result'])
    const last = posted.at(-1)
    expect(last?.type === 'result' && last.cause).toBe('assets')
    expect(last?.type === 'result' && last.result.assetCount).toBe(1)
  })

  it('says why a planned asset was not added, and sends no result for it', async () => {
    const { posted, handle } = start()
    void handle({ type: 'load', url: 'analysis-region.json' })
    void handle({ type: 'compute', request })
    await handle({
      type: 'add',
      asset: { id: 'p', kind: 'cultural', lng: 0.9, lat: 91 },
      planned: true,
    })
    expect(posted.at(-1)).toEqual({
      type: 'refused',
      issue: {
        severity: 'error',
        message: 'Asset p: latitude 91 is out of range (-90…90); left out of the analysis',
      },
    })
  })

  it('reports a region that cannot be loaded as a message, not an uncaught error', async () => {
    const { posted, handle } = start(async () => {
      throw new Error('The analysis region could not be loaded (HTTP 404).')
    })
    await handle({ type: 'load', url: 'missing.json' })
    await handle({ type: 'compute', request })
    expect(posted).toEqual([
      { type: 'failed', message: 'The analysis region could not be loaded (HTTP 404).' },
      { type: 'failed', message: 'The analysis region is not loaded yet.' },
    ])
  })
})
