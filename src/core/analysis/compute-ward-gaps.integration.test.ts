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
    // Ranked in order of gap, a ward's rank one more than the wards with a larger gap, so that
    // wards with the same gap share a rank.
    expect(gaps.map((g) => g.rank)).toEqual(
      gaps.map((g) => 1 + gaps.filter((other) => other.gap! > g.gap! + 1e-9).length),
    )
    expect(new Set(gaps.map((g) => g.rank)).size).toBeGreaterThan(150)
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

  it('with fewer assets than wards, puts the wards with none at the bottom of supply, so the most needy of them are the most under-served', () => {
    const parsed = readRegionFiles(defaultDataDir, 'lsoa')
    if (!parsed.ok) throw new Error(parsed.message)
    const region = prepareRegion(parsed.region)
    const { lng, lat } = parsed.region.residents
    const assets = generateClusteredAssets(lng, lat, 20, ['physical_space'], { seed: 7 })
    const metrics = listWardMetrics(createWardAnalysis(region, prepareProximity(region), assets))
    const { gaps } = computeWardGaps('Essex', region.wards, metrics)
    const none = new Set(
      metrics.filter((row) => row.assets === 0 && row.coveragePct === 0).map((row) => row.wardCode),
    )
    expect(none.size).toBeGreaterThan(200)
    expect(new Set(gaps.filter((g) => none.has(g.wardCode)).map((g) => g.supply))).toEqual(
      new Set([0]),
    )
    // The map's "high need, low supply" class (top third of need, bottom third of supply).
    const mostUnderServed = gaps.filter((g) => g.need! >= 200 / 3 && g.supply! < 100 / 3)
    expect(mostUnderServed.length).toBeGreaterThan(50)
  }, 60_000)
})
