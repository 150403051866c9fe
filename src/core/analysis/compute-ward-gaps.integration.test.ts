import { describe, expect, it } from 'vitest'
import { readRegionFiles } from '../../../scripts/analysis/read-region-files'
import { defaultDataDir } from '../../../scripts/lib/paths'
import { computeWardGaps } from './compute-ward-gaps'
import { createWardAnalysis } from './create-ward-analysis'
import { generateClusteredAssets } from './generate-clustered-assets'
import { listWardMetrics } from './list-ward-metrics'
import { prepareProximity } from './prepare-proximity'
import { prepareRegion } from './prepare-region'

describe('computeWardGaps on the Essex data', () => {
  it('ranks all 257 wards with a reason each, the most deprived under-served first', () => {
    const parsed = readRegionFiles(defaultDataDir, 'lsoa')
    if (!parsed.ok) throw new Error(parsed.message)
    const region = prepareRegion(parsed.region)
    const { lng, lat } = parsed.region.residents
    const assets = generateClusteredAssets(lng, lat, 800, ['physical_space'], { seed: 5 })
    const metrics = listWardMetrics(createWardAnalysis(region, prepareProximity(region), assets))
    const { gaps, issues } = computeWardGaps('Essex', region.wards, metrics)
    expect(issues).toEqual([])
    expect(gaps.map((g) => g.rank)).toEqual(gaps.map((_, i) => i + 1))
    expect(gaps[0]!.need).toBeGreaterThan(gaps[0]!.supply!)
    expect(gaps[0]!.reason).toMatch(
      /^(second )?most deprived tenth of Essex wards · \d+ community spaces? · \d+% of residents within a 10-minute walk$/,
    )
    // The most deprived ward by IMD 2025 in the file has need 100.
    const top = region.wards.reduce((a, b) =>
      a.indicators.imd2025_score_popweighted! > b.indicators.imd2025_score_popweighted! ? a : b,
    )
    expect(gaps.find((g) => g.wardCode === top.code)!.need).toBe(100)
  }, 60_000)
})
