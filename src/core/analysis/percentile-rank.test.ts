import { describe, expect, it } from 'vitest'
import { percentileRank } from './percentile-rank'

describe('percentileRank', () => {
  it('spreads values from 0 (lowest) to 100 (highest)', () => {
    expect(percentileRank([10, 40, 20, 30])).toEqual([0, 100, 100 / 3, 200 / 3])
  })

  it('gives tied values the lowest rank of their group, as percent_rank() does', () => {
    expect(percentileRank([10, 30, 20, 20])).toEqual([0, 100, 100 / 3, 100 / 3])
  })

  it('puts a large group tied at nothing at the bottom, not in the middle', () => {
    const supply = [0, 0, 0, 0, 0, 0, 0, 0, 3, 5]
    expect(percentileRank(supply)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 800 / 9, 100])
  })

  it('leaves null, NaN and infinite values out, without a rank', () => {
    expect(percentileRank([5, null, Number.NaN, 7, Infinity])).toEqual([0, null, null, 100, null])
  })

  it('puts a lone value in the middle', () => {
    expect(percentileRank([null, 3])).toEqual([null, 50])
  })
})
