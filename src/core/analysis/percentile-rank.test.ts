import { describe, expect, it } from 'vitest'
import { percentileRank } from './percentile-rank'

describe('percentileRank', () => {
  it('spreads values from 0 (lowest) to 100 (highest)', () => {
    expect(percentileRank([10, 40, 20, 30])).toEqual([0, 100, 100 / 3, 200 / 3])
  })

  it('gives tied values their mean rank', () => {
    expect(percentileRank([10, 30, 20, 20])).toEqual([0, 100, 50, 50])
  })

  it('leaves null, NaN and infinite values out, without a rank', () => {
    expect(percentileRank([5, null, Number.NaN, 7, Infinity])).toEqual([0, null, null, 100, null])
  })

  it('puts a lone value in the middle', () => {
    expect(percentileRank([null, 3])).toEqual([null, 50])
  })
})
