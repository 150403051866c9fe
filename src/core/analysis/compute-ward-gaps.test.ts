import { describe, expect, it } from 'vitest'
import { computeWardGaps } from './compute-ward-gaps'
import type { WardCategoryMetrics } from './list-ward-metrics'
import type { PreparedWard } from './types'

function ward(code: string, imd2025: number | null, imd2019: number | null = null): PreparedWard {
  return {
    code,
    name: `Ward ${code}`,
    population: 1000,
    included: true,
    indicators: { imd2025_score_popweighted: imd2025, imd2019_score_popweighted: imd2019 },
  }
}

function metric(wardCode: string, assets: number, coveragePct: number): WardCategoryMetrics {
  return {
    wardIndex: 0,
    wardCode,
    wardName: `Ward ${wardCode}`,
    category: 'physical_space',
    assets,
    population: 1000,
    ratePer1000: assets,
    coveragePct,
    reachMean: assets,
    residentPoints: 1,
  }
}

const wards = [ward('A', 40, 10), ward('B', 20, 30), ward('C', 10, 20)]
const metrics = [metric('A', 0, 0), metric('B', 1, 50), metric('C', 2, 100)]

describe('computeWardGaps', () => {
  it('ranks by need minus supply, need from the IMD 2025 score by default', () => {
    const { gaps } = computeWardGaps('Essex', wards, metrics)
    expect(gaps.map((g) => [g.wardCode, g.need, g.supply, g.gap, g.rank])).toEqual([
      ['A', 100, 0, 100, 1],
      ['B', 50, 50, 0, 2],
      ['C', 0, 100, -100, 3],
    ])
  })

  it('uses IMD 2019 when selected', () => {
    const { gaps } = computeWardGaps('Essex', wards, metrics, {
      need: [{ key: 'imd2019_score_popweighted' }],
    })
    expect(gaps.map((g) => g.wardCode)).toEqual(['B', 'A', 'C'])
  })

  it('explains each ward in words', () => {
    const { gaps } = computeWardGaps('Essex', wards, metrics)
    expect(gaps[0]!.reason).toBe(
      'most deprived tenth of Essex wards · 0 community spaces · 0% of residents within a 10-minute walk',
    )
  })

  it('counts volunteers as supply when passed in per ward', () => {
    const { gaps } = computeWardGaps('Essex', wards, metrics, {
      extraSupply: [
        {
          key: 'volunteers',
          label: { one: 'active volunteer', many: 'active volunteers' },
          perWard: { A: 400 },
          weight: 4,
        },
      ],
    })
    const a = gaps.find((g) => g.wardCode === 'A')!
    expect(a.supply).toBe(100)
    expect(a.rank).toBe(2)
    expect(a.reason).toContain('400 active volunteers')
  })

  it('reports a NaN indicator and leaves that ward without need or rank', () => {
    const withNaN = [ward('A', Number.NaN), ward('B', 20), ward('C', 10)]
    const { gaps, issues } = computeWardGaps('Essex', withNaN, metrics)
    expect(issues.map((i) => i.message)).toEqual([
      'Ward A (Ward A): indicator imd2025_score_popweighted is NaN, not a number; left out of its need',
    ])
    const a = gaps.find((g) => g.wardCode === 'A')!
    expect(a).toMatchObject({ need: null, gap: null, rank: null })
    expect(gaps[gaps.length - 1]!.wardCode).toBe('A')
    const numbers = gaps.flatMap((g) => [g.need, g.supply, g.gap, g.rank])
    expect(numbers.some((n) => typeof n === 'number' && Number.isNaN(n))).toBe(false)
  })

  it('combines weighted indicators, skipping one a ward lacks', () => {
    const { gaps } = computeWardGaps(
      'Essex',
      [ward('A', 40, null), ward('B', 20, 30), ward('C', 10, 20)],
      metrics,
      {
        need: [
          { key: 'imd2025_score_popweighted', weight: 1 },
          { key: 'imd2019_score_popweighted', weight: 3 },
        ],
      },
    )
    // A has only its 2025 percentile (100); B: (50 + 3 × 100) / 4 = 87.5; C: (0 + 0) = 0.
    expect(gaps.map((g) => [g.wardCode, g.need])).toEqual([
      ['A', 100],
      ['B', 50],
      ['C', 0],
    ])
  })

  it('puts every ward with no supply at the bottom of supply together, not in the middle', () => {
    // One community space among five wards: four have none, and none of their residents walk to it.
    const five = ['A', 'B', 'C', 'D', 'E'].map((code, i) => ward(code, 10 * (i + 1)))
    const { gaps } = computeWardGaps('Essex', five, [
      metric('A', 1, 100),
      ...['B', 'C', 'D', 'E'].map((code) => metric(code, 0, 0)),
    ])
    const supply = Object.fromEntries(gaps.map((g) => [g.wardCode, g.supply]))
    expect(supply).toEqual({ A: 100, B: 0, C: 0, D: 0, E: 0 })
  })

  it('gives wards with the same gap the same rank, the best of their group (1, 1, 3, 3)', () => {
    // Need percentiles A 0, C 33, D 67, B 100; supply (rate only: coverage is 0 everywhere)
    // C 0, A 33, B 67, D 100. B and C are both 33 points more needy than supplied (100 − 67 and
    // 33 − 0, a rounding error apart in floating point), A and D both 33 less.
    const four = [ward('A', 10), ward('B', 40), ward('C', 20), ward('D', 30)]
    const { gaps } = computeWardGaps('Essex', four, [
      metric('A', 1, 0),
      metric('B', 4, 0),
      metric('C', 0, 0),
      metric('D', 9, 0),
    ])
    expect(gaps.map((g) => [g.wardCode, Math.round(g.gap!), g.rank])).toEqual([
      ['B', 33, 1],
      ['C', 33, 1],
      ['D', -33, 3],
      ['A', -33, 3],
    ])
  })

  it('ties wards whose weighted means are equal but a rounding error apart in floating point', () => {
    // Three indicators weighted 2, 1, 1 across four wards: B's percentiles (33⅓, 66⅔, 66⅔) and
    // C's (66⅔, 33⅓, 33⅓) both average 50, which floating point makes 50 and 50.00000000000001.
    const indicators = { A: [10, 10, 10], B: [20, 30, 30], C: [30, 20, 20], D: [40, 40, 40] }
    const four: PreparedWard[] = Object.entries(indicators).map(([code, [a, b, c]]) => ({
      code,
      name: `Ward ${code}`,
      population: 1000,
      included: true,
      indicators: { a: a!, b: b!, c: c! },
    }))
    const { gaps } = computeWardGaps('Essex', four, [], {
      need: [
        { key: 'a', weight: 2 },
        { key: 'b', weight: 1 },
        { key: 'c', weight: 1 },
      ],
    })
    const need = Object.fromEntries(gaps.map((g) => [g.wardCode, g.need]))
    expect(need).toEqual({ A: 0, B: 100 / 3, C: 100 / 3, D: 100 })
  })
})
