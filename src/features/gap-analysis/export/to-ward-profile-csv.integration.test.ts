import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../../scripts/lib/paths'
import { ANALYSIS_KINDS } from '../analysis-settings'
import { createGapAnalysisEngine } from '../worker/gap-analysis-engine'
import { toWardProfileCsv, WARD_PROFILE_COLUMNS } from './to-ward-profile-csv'

const read = (name: string) => readFileSync(join(defaultDataDir, name), 'utf8')
const engine = createGapAnalysisEngine(
  'Essex',
  {
    wards: read('essex-wards.geojson'),
    wardPopulation: read('essex-ward-population.csv'),
    wardImd: read('essex-ward-imd.csv'),
    lsoaCentroids: read('essex-lsoa21-centroids.csv'),
  },
  ANALYSIS_KINDS,
)
engine.setAssets([{ id: 'hall', kind: 'physical_space', lng: 1.1102, lat: 51.7863 }])
const result = engine.compute({
  kinds: ['physical_space'],
  distanceMetres: 800,
  need: [{ key: 'imd2025_score_popweighted', weight: 1 }],
  rateWeight: 1,
  coverageWeight: 1,
  layerKind: 'physical_space',
})
const ward = result.wards.find((w) => w.byKind.physical_space!.assets === 1)!

function parse(csv: string) {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
}

describe('toWardProfileCsv', () => {
  it('writes one figure per row under the profile header, the region’s beside the ward’s', () => {
    const { meta, data } = parse(toWardProfileCsv(ward, result))
    expect(meta.fields).toEqual([...WARD_PROFILE_COLUMNS])
    const coverage = data.find(
      (row) => row.section === 'coverage_pct' && row.measure === 'physical_space',
    )
    expect(Number(coverage?.ward_value)).toBe(ward.byKind.physical_space!.coveragePct)
    expect(Number(coverage?.region_value)).toBe(result.averages.byKind.physical_space!.coveragePct)
    expect(coverage?.unit).toBe('% of residents within 800 m')
  })

  it('has every kind and every indicator the ward or region has, and the reason in words', () => {
    const { data } = parse(toWardProfileCsv(ward, result))
    expect(data.filter((row) => row.section === 'assets').map((row) => row.measure)).toEqual([
      ...ANALYSIS_KINDS,
    ])
    expect(data.filter((row) => row.section === 'indicator')).toHaveLength(10)
    expect(data.find((row) => row.measure === 'reason')?.ward_value).toBe(ward.reason)
  })

  it('leaves a figure that does not exist empty, never NaN', () => {
    const csv = toWardProfileCsv({ ...ward, need: null, gap: null, rank: null }, result)
    expect(csv).not.toContain('NaN')
    expect(parse(csv).data.find((row) => row.measure === 'gap')?.ward_value).toBe('')
  })
})
