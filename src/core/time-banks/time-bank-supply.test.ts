import { describe, expect, it } from 'vitest'
import { computeWardGaps } from '../analysis/compute-ward-gaps'
import type { WardCategoryMetrics } from '../analysis/list-ward-metrics'
import type { PreparedWard } from '../analysis/types'
import { timeBankSupply } from './time-bank-supply'

describe('timeBankSupply', () => {
  const { extraSupply, figures } = timeBankSupply([
    { wardCode: 'A', activeMembers: 12, minutesGiven: 6000 },
    { wardCode: 'B', activeMembers: null, minutesGiven: null },
    { wardCode: 'C', activeMembers: 3, minutesGiven: 600 },
  ])
  const [members, hours] = extraSupply

  it('counts active members and hours given per ward, half a weight each', () => {
    expect(members!.perWard['A']).toBe(12)
    expect(hours!.perWard['A']).toBe(100)
    expect(extraSupply.map((extra) => extra.weight)).toEqual([0.5, 0.5])
  })

  it('counts a ward with fewer than 5 members as none, hidden or not', () => {
    expect([members!.perWard['B'], hours!.perWard['B']]).toEqual([0, 0])
    expect([members!.perWard['C'], hours!.perWard['C']]).toEqual([0, 0])
  })

  it('keeps what the viewer may see for the words: hidden stays hidden', () => {
    expect(figures['B']).toEqual({ activeMembers: null, hoursGiven: null })
    expect(figures['C']).toEqual({ activeMembers: 3, hoursGiven: 10 })
  })
})

describe('time banks in the gap ranking', () => {
  const ward = (code: string): PreparedWard => ({
    code,
    name: `Ward ${code}`,
    population: 1000,
    included: true,
    indicators: { imd2025_score_popweighted: 30 },
  })
  const metric = (wardCode: string): WardCategoryMetrics => ({
    wardIndex: 0,
    wardCode,
    wardName: `Ward ${wardCode}`,
    category: 'physical_space',
    assets: 1,
    population: 1000,
    ratePer1000: 1,
    coveragePct: 50,
    reachMean: 1,
    residentPoints: 1,
  })
  const wards = [ward('A'), ward('B')]
  const metrics = [metric('A'), metric('B')]

  it('ranks a ward with an active time bank below an equal ward without one', () => {
    const { extraSupply, figures } = timeBankSupply([
      { wardCode: 'B', activeMembers: 8, minutesGiven: 1200 },
    ])
    const { gaps } = computeWardGaps('Essex', wards, metrics, {
      extraSupply,
      timeBanks: figures,
    })
    expect(gaps.map((gap) => [gap.wardCode, gap.rank])).toEqual([
      ['A', 1],
      ['B', 2],
    ])
    expect(gaps[0]!.reason).toMatch(/few assets and no active time bank members in the ward$/)
    expect(gaps[1]!.reason).toMatch(/8 active time bank members \(20 hours given in 12 months\)$/)
  })

  it('moves no rank for a hidden count: it ranks as a ward with none', () => {
    const hidden = timeBankSupply([{ wardCode: 'B', activeMembers: null, minutesGiven: null }])
    const none = timeBankSupply([])
    const rank = (supply: ReturnType<typeof timeBankSupply>) =>
      computeWardGaps('Essex', wards, metrics, { extraSupply: supply.extraSupply }).gaps.map(
        (gap) => [gap.wardCode, gap.supply],
      )
    expect(rank(hidden)).toEqual(rank(none))
  })
})
