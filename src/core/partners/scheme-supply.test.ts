import { describe, expect, it } from 'vitest'
import { computeWardGaps } from '../analysis/compute-ward-gaps'
import type { PreparedWard } from '../analysis/types'
import { schemeSupply } from './scheme-supply'

const ward = (code: string, population: number, imd: number): PreparedWard => ({
  code,
  name: code,
  population,
  included: true,
  indicators: { imd2025_score_popweighted: imd },
})

describe('schemeSupply', () => {
  it('counts a ward missing from the rows as having no schemes', () => {
    const { extraSupply } = schemeSupply([{ wardCode: 'A', schemes: 3 }])
    expect(extraSupply.perWard).toEqual({ A: 3 })
    expect(extraSupply.perWard.B).toBeUndefined()
  })

  it('lifts a ward’s supply and names its schemes in the reason', () => {
    const wards = [ward('A', 1000, 40), ward('B', 1000, 30)]
    const without = computeWardGaps('Essex', wards, [])
    const { extraSupply } = schemeSupply([{ wardCode: 'B', schemes: 3 }])
    const withSchemes = computeWardGaps('Essex', wards, [], { extraSupply: [extraSupply] })
    const b = (gaps: typeof without.gaps) => gaps.find((gap) => gap.wardCode === 'B')!
    expect(b(withSchemes.gaps).supply!).toBeGreaterThan(b(without.gaps).supply ?? -1)
    expect(b(withSchemes.gaps).reason).toContain('3 partner schemes')
  })
})
