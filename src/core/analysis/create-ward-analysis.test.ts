import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createWardAnalysis } from './create-ward-analysis'
import { analyseFixture, readFixture, type Fixture } from './fixtures/analyse-fixture'
import { listWardMetrics, type WardCategoryMetrics } from './list-ward-metrics'
import { prepareProximity } from './prepare-proximity'
import { prepareRegion } from './prepare-region'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
const cases = readdirSync(join(fixtures, 'in')).map((file) => file.replace(/\.geojson$/, ''))

function load(name: string): Fixture {
  return JSON.parse(readFileSync(join(fixtures, 'in', `${name}.geojson`), 'utf8')) as Fixture
}

function rowsOf(name: string): WardCategoryMetrics[] {
  return listWardMetrics(analyseFixture(load(name)).analysis)
}

function row(rows: WardCategoryMetrics[], ward: string, category: string): WardCategoryMetrics {
  const found = rows.find((r) => r.wardCode === ward && r.category === category)
  if (!found) throw new Error(`no row for ${ward} × ${category}`)
  return found
}

describe('createWardAnalysis golden fixtures (REGEN=1 rewrites fixtures/out)', () => {
  it.each(cases)('%s matches its golden output', (name) => {
    const { output } = analyseFixture(load(name))
    const outPath = join(fixtures, 'out', `${name}.geojson`)
    if (process.env.REGEN === '1') writeFileSync(outPath, JSON.stringify(output, null, 1) + '\n')
    expect(output).toEqual(JSON.parse(readFileSync(outPath, 'utf8')))
  })

  it.each(cases)('%s equals the straightforward Turf computation', (name) => {
    const { analysis, naive } = analyseFixture(load(name))
    expect(analysis.assetCounts).toEqual(naive.assetCounts)
    expect(analysis.region.residentWard).toEqual(naive.residentWard)
    expect(analysis.residentCovered).toEqual(naive.residentCovered)
    expect(analysis.residentReach).toEqual(naive.residentReach)
    expect(analysis.coveredPopulation).toEqual(naive.coveredPopulation)
    expect(analysis.reachPopulation).toEqual(naive.reachPopulation)
  })
})

describe('createWardAnalysis on hand-made wards', () => {
  it('counts an asset on a shared boundary once, in the first ward', () => {
    const rows = rowsOf('square-ward-edge-points')
    expect(row(rows, 'W1', 'library').assets).toBe(2)
    expect(row(rows, 'W2', 'library').assets).toBe(1)
  })

  it('counts every row, even two assets at the same spot', () => {
    expect(row(rowsOf('square-ward-edge-points'), 'W1', 'park').assets).toBe(3)
  })

  it('gives rate per 1,000 residents from the ward population', () => {
    expect(row(rowsOf('square-ward-edge-points'), 'W2', 'park').ratePer1000).toBe((1 / 600) * 1000)
  })

  it('covers a resident only when an asset is within the walking distance', () => {
    // Walking distance 400 m: Donut's resident is 433 m from the nearest cafe, Filling's 56 m.
    const rows = rowsOf('ward-with-hole')
    expect(row(rows, 'D1', 'cafe').coveragePct).toBe(0)
    expect(row(rows, 'F1', 'cafe').coveragePct).toBe(100)
  })

  it('finds a multipolygon ward on its island', () => {
    const rows = rowsOf('multipolygon-island')
    expect(row(rows, 'M1', 'hall').assets).toBe(1)
    expect(row(rows, 'M1', 'hall').residentPoints).toBe(2)
    expect(row(rows, 'M1', 'hall').coveragePct).toBe((200 / 2000) * 100)
  })

  it('puts an asset in a hole in the ward that fills it', () => {
    const rows = rowsOf('ward-with-hole')
    expect(row(rows, 'F1', 'cafe').assets).toBe(1)
    expect(row(rows, 'D1', 'cafe').assets).toBe(2)
  })

  it('leaves coverage empty for a ward with no resident point, and rate empty with no population', () => {
    const rows = rowsOf('empty-and-unpopulated-wards')
    expect(row(rows, 'E1', 'school')).toMatchObject({
      assets: 0,
      coveragePct: null,
      reachMean: null,
    })
    expect(row(rows, 'E1', 'school').ratePer1000).toBe(0)
    expect(row(rows, 'Z1', 'school')).toMatchObject({
      assets: 1,
      ratePer1000: null,
      coveragePct: null,
    })
  })

  it('counts assets outside every ward in none, yet lets them cover residents near the edge', () => {
    const rows = rowsOf('assets-outside-wards')
    expect(row(rows, 'A1', 'park').assets).toBe(0)
    expect(row(rows, 'A1', 'park').coveragePct).toBe(60)
    expect(row(rows, 'A1', 'clinic').coveragePct).toBe(40)
  })

  it('averages reach (assets within 1 km) over the ward residents', () => {
    // The east resident (600) has two parks within 1 km, the west one (400) none.
    expect(row(rowsOf('assets-outside-wards'), 'A1', 'park').reachMean).toBe((600 * 2) / 1000)
  })

  it('reports bad input with a message and leaves it out, returning no NaN', () => {
    const { analysis, output } = analyseFixture(load('bad-input'))
    const issues = (output as { issues: string[] }).issues
    expect(issues).toContain(
      'error: Ward B1 (Broken): ring 1 of polygon 1 is not closed (its first and last positions differ); the ward is left out of the analysis',
    )
    expect(issues).toContain(
      'error: Resident point 3: population NaN is not a number of people; left out',
    )
    expect(issues).toContain('error: Row 2: longitude is missing or not a number; left out')
    expect(issues).toContain('error: Row 3: latitude 95 is out of range (-90…90); left out')
    const rows = listWardMetrics(analysis)
    expect(rows.map((r) => r.wardCode)).toEqual(['G1', 'P1'])
    expect(row(rows, 'P1', 'shop')).toMatchObject({
      assets: 1,
      population: null,
      ratePer1000: null,
    })
    const numbers = rows.flatMap((r) => [r.assets, r.ratePer1000, r.coveragePct, r.reachMean])
    expect(numbers.some((n) => typeof n === 'number' && Number.isNaN(n))).toBe(false)
  })

  it('does not change its inputs', () => {
    const { region: input, assets } = readFixture(load('square-ward-edge-points'))
    const before = JSON.stringify({
      input,
      assets: [...assets.lng, ...assets.lat, ...assets.category],
    })
    const region = prepareRegion(input)
    createWardAnalysis(region, prepareProximity(region), assets)
    expect(
      JSON.stringify({ input, assets: [...assets.lng, ...assets.lat, ...assets.category] }),
    ).toBe(before)
  })
})
