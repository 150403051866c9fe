import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../../scripts/lib/paths'
import type { RegionTexts } from '../../../core/analysis/parse-region'
import { ANALYSIS_KINDS } from '../analysis-settings'
import { createGapAnalysisEngine } from './gap-analysis-engine'
import type { AnalysisAsset, GapAnalysisRequest } from './gap-analysis-result'

const read = (name: string) => readFileSync(join(defaultDataDir, name), 'utf8')
const essexTexts: RegionTexts = {
  wards: read('essex-wards.geojson'),
  wardPopulation: read('essex-ward-population.csv'),
  wardImd: read('essex-ward-imd.csv'),
  lsoaCentroids: read('essex-lsoa21-centroids.csv'),
}

const request: GapAnalysisRequest = {
  kinds: ['physical_space'],
  distanceMetres: 800,
  need: [{ key: 'imd2025_score_popweighted', weight: 1 }],
  rateWeight: 1,
  coverageWeight: 1,
  layerKind: 'physical_space',
}

// A few halls around Chelmsford and Colchester, and a library in Basildon.
const assets: AnalysisAsset[] = [
  { id: 'a1', kind: 'physical_space', lng: 0.4713, lat: 51.7356 },
  { id: 'a2', kind: 'physical_space', lng: 0.4801, lat: 51.7402 },
  { id: 'a3', kind: 'physical_space', lng: 0.9035, lat: 51.8891 },
  { id: 'a4', kind: 'institution', lng: 0.4617, lat: 51.5714 },
]

function engineWith(list: readonly AnalysisAsset[], texts = essexTexts) {
  const engine = createGapAnalysisEngine('Essex', texts, ANALYSIS_KINDS)
  engine.setAssets(list)
  return engine
}

function hasNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value)
  if (Array.isArray(value)) return value.some(hasNaN)
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasNaN)
  return false
}

describe('the gap analysis engine on the Essex data', () => {
  const engine = engineWith(assets)

  it('ranks every Essex ward with a reason in words, and nothing in the result is NaN', () => {
    const result = engine.compute(request)
    expect(result.wards).toHaveLength(257)
    expect(result.wards[0]!.rank).toBe(1)
    expect(result.wards[0]!.reason).toMatch(
      /tenth of Essex wards · \d+ community spaces? · \d+% of residents within a 10-minute walk$/,
    )
    expect(result.issues).toEqual([])
    expect(hasNaN(result)).toBe(false)
  })

  it('marks a ranking made before the database’s assets arrive, and not one made after, even from none', () => {
    const fresh = createGapAnalysisEngine('Essex', essexTexts, ANALYSIS_KINDS)
    expect(fresh.compute(request).assetsRead).toBe(false)
    fresh.setAssets([])
    expect(fresh.compute(request).assetsRead).toBe(true)
  })

  it('counts each asset in its ward and gives the coverage layer one point per resident point', () => {
    const result = engine.compute(request)
    const counted = result.wards.reduce((sum, ward) => sum + ward.byKind.physical_space!.assets, 0)
    expect(counted).toBe(3)
    expect(result.residents.lng).toHaveLength(1111)
    expect(result.residents.covered.filter(Boolean).length).toBeGreaterThan(0)
  })

  it('reuses the analysis when only the kinds or weights change', () => {
    engine.compute(request)
    const again = engine.compute({ ...request, kinds: ['physical_space', 'institution'] })
    expect(again.timing.reusedAnalysis).toBe(true)
    expect(again.wards[0]!.reason).toContain('institution')
  })
})

describe('adding an asset to a running analysis', () => {
  it('gives the same figures as analysing the larger set from scratch', () => {
    const added: AnalysisAsset = { id: 'new', kind: 'physical_space', lng: 0.7128, lat: 51.5453 }
    const live = engineWith(assets)
    live.compute(request)
    expect(live.addAsset(added)).toEqual({ ok: true })
    const incremental = live.compute(request)
    const fresh = engineWith([...assets, added]).compute(request)
    expect(incremental.timing.reusedAnalysis).toBe(true)
    expect(incremental.wards).toEqual(fresh.wards)
  })

  it('refuses an asset with unusable coordinates, with the reason, and changes nothing', () => {
    const live = engineWith(assets)
    const before = live.compute(request)
    const outcome = live.addAsset({ id: 'bad', kind: 'physical_space', lng: 0.5, lat: Number.NaN })
    expect(outcome).toEqual({
      ok: false,
      issue: {
        severity: 'error',
        message: 'Asset bad: latitude is missing or not a number; left out of the analysis',
      },
    })
    expect(live.compute(request).wards).toEqual(before.wards)
  })

  it('takes planned assets out again when they are cleared', () => {
    const live = engineWith(assets)
    const before = live.compute(request)
    live.addAsset({ id: 'plan', kind: 'physical_space', lng: 1.1523, lat: 51.7898 }, true)
    expect(live.compute(request).planned).toHaveLength(1)
    live.clearPlanned()
    const after = live.compute(request)
    expect(after.planned).toEqual([])
    expect(after.wards).toEqual(before.wards)
  })
})

describe('bad input', () => {
  it('reports an indicator that is not a number and leaves that ward out of need, never NaN', () => {
    const [header, first, ...rest] = essexTexts.wardImd!.split('\n')
    const columns = header!.split(',')
    const cells = first!.split(',')
    const at = columns.indexOf('imd2025_score_popweighted')
    cells[at] = 'not known'
    const wardImd = [header, cells.join(','), ...rest].join('\n')
    const result = engineWith(assets, { ...essexTexts, wardImd }).compute(request)
    const ward = result.wards.find((w) => w.code === cells[columns.indexOf('ward_code')])!
    expect(result.issues.map((issue) => issue.message)).toEqual([
      `Ward ${ward.code} (${ward.name}): IMD 2025 score (population-weighted) is not a number; left out`,
    ])
    expect(ward.need).toBeNull()
    expect(ward.rank).toBeNull()
    expect(ward.indicators.imd2025_score_popweighted).toBeNull()
    expect(hasNaN(result)).toBe(false)
  })

  it('reports a stored asset with coordinates out of range and analyses the others', () => {
    const result = engineWith([
      ...assets,
      { id: 'far', kind: 'cultural', lng: 200, lat: 51.7 },
    ]).compute(request)
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'Asset far: longitude 200 is out of range (-180…180); left out of the analysis',
    ])
    expect(result.assetCount).toBe(4)
  })

  it('ranks nobody, without failing, when no kind counts', () => {
    const result = engineWith(assets).compute({ ...request, kinds: [] })
    expect(result.wards.every((ward) => ward.rank === null && ward.supply === null)).toBe(true)
    expect(hasNaN(result)).toBe(false)
  })
})

describe('time banks in the ranking', () => {
  it('counts a ward’s active members and hours as supply, says them in its reason and keeps a hidden count hidden', () => {
    const engine = engineWith(assets)
    const before = engine.compute(request)
    const [first, second] = before.wards
    expect(first!.timeBank).toBeNull()
    engine.setTimeBankActivity([
      { wardCode: first!.code, activeMembers: 40, minutesGiven: 60 * 600 },
      { wardCode: second!.code, activeMembers: null, minutesGiven: null },
    ])
    const after = engine.compute(request)
    const ward = (code: string) => after.wards.find((w) => w.code === code)!
    expect(ward(first!.code).rank).toBeGreaterThan(1)
    expect(ward(first!.code).supply).toBeGreaterThan(first!.supply!)
    expect(ward(first!.code).reason).toMatch(
      / · 40 active time bank members \(600 hours given in 12 months\)$/,
    )
    expect(ward(first!.code).timeBank).toEqual({ activeMembers: 40, hoursGiven: 600 })
    expect(ward(second!.code).reason).toMatch(/ · fewer than 5 active time bank members$/)
    expect(ward(second!.code).timeBank).toEqual({ activeMembers: null, hoursGiven: null })
    expect(after.wards.at(-1)!.reason).toMatch(/no active time bank members in the ward$/)
    expect(hasNaN(after)).toBe(false)
  })
})

describe('partner schemes in the ranking', () => {
  it('counts the same schemes whether the figures come from the browser or the database', () => {
    const browser = engineWith(assets)
    const [first] = browser.compute(request).wards
    const supply = [{ wardCode: first!.code, schemes: 3 }]
    browser.setSchemeSupply(supply)
    const fromBrowser = browser.compute(request)
    const database = engineWith([])
    database.setDatabaseMetrics(
      request.distanceMetres,
      fromBrowser.wards.flatMap((ward) =>
        Object.entries(ward.byKind).map(([category, figures]) => ({
          wardIndex: 0,
          wardCode: ward.code,
          wardName: ward.name,
          category,
          population: ward.population,
          residentPoints: 1,
          ...figures,
        })),
      ),
      assets.length,
    )
    database.setSchemeSupply(supply)
    const fromDatabase = database.compute(request)
    const ward = (result: typeof fromBrowser) => result.wards.find((w) => w.code === first!.code)!
    expect(ward(fromBrowser).partnerSchemes).toBe(3)
    expect(ward(fromBrowser).supply).toBeGreaterThan(first!.supply!)
    expect(ward(fromBrowser).reason).toContain('3 partner schemes')
    expect(ward(fromDatabase).supply).toBe(ward(fromBrowser).supply)
    expect(ward(fromDatabase).rank).toBe(ward(fromBrowser).rank)
    expect(ward(fromDatabase).partnerSchemes).toBe(3)
  })
})
