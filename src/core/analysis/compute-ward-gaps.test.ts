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
})
