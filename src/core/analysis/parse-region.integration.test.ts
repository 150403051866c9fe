import { describe, expect, it } from 'vitest'
import { readRegionFiles } from '../../../scripts/analysis/read-region-files'
import { defaultDataDir } from '../../../scripts/lib/paths'
import { parseRegion } from './parse-region'
import { prepareRegion } from './prepare-region'

describe('parseRegion on ../shared/data', () => {
  it('reads 257 wards with population and IMD indicators, and 1,111 LSOA resident points', () => {
    const parsed = readRegionFiles(defaultDataDir, 'lsoa')
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.issues).toEqual([])
    expect(parsed.region.wards).toHaveLength(257)
    expect(parsed.region.residents.lng).toHaveLength(1111)
    const total = parsed.region.residents.weight.reduce((a, b) => a + b, 0)
    expect(total).toBe(1860224)
    const first = parsed.region.wards[0]!
    expect(first).toMatchObject({ code: 'E05002212', name: 'Belfairs', population: 9441 })
    expect(first.indicators).toMatchObject({
      imd2025_score_popweighted: 14.272,
      imd2019_score_popweighted: 13.799,
    })
  })

  it('puts every LSOA centroid in a ward, as the data promises', () => {
    const parsed = readRegionFiles(defaultDataDir, 'lsoa')
    if (!parsed.ok) throw new Error(parsed.message)
    const region = prepareRegion(parsed.region)
    expect(region.issues).toEqual([])
    expect(
      region.wards.every(
        (_, w) => region.wardResidentOffsets[w + 1]! > region.wardResidentOffsets[w]!,
      ),
    ).toBe(true)
  })

  it('spreads each LSOA population equally over its postcodes in the postcode model', () => {
    const parsed = readRegionFiles(defaultDataDir, 'postcode')
    if (!parsed.ok) throw new Error(parsed.message)
    const weights = parsed.region.residents.weight
    expect(weights.length).toBeGreaterThan(46000)
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1860224, 3)
  })

  it('refuses a ward file that is not a FeatureCollection', () => {
    const parsed = parseRegion('Essex', {
      wards: '{"type":"Feature"}',
      wardPopulation: '',
      lsoaCentroids: '',
    })
    expect(parsed).toEqual({
      ok: false,
      message: 'The ward file is not a GeoJSON FeatureCollection',
    })
  })
})
