import { describe, expect, it } from 'vitest'
import { describeDeprivation } from './describe-deprivation'

describe('describeDeprivation', () => {
  it('says the rank with the direction of the scale', () => {
    const words = describeDeprivation({ imd2025Rank: 3, imd2025Tenth: 1 }, 257, 'Essex')
    expect(words).toEqual({
      rank: '3rd most deprived of 257 Essex wards',
      tenth: '1st tenth (the most deprived)',
    })
  })

  it('marks the least deprived tenth', () => {
    expect(describeDeprivation({ imd2025Rank: 257, imd2025Tenth: 10 }, 257, 'Essex')?.tenth).toBe(
      '10th tenth (the least deprived)',
    )
  })

  it('writes 11th, 12th and 13th, not 11st, 12nd and 13rd', () => {
    const rank = (n: number) => describeDeprivation({ imd2025Rank: n, imd2025Tenth: 5 }, 257, 'E')
    expect([11, 12, 13, 21, 22, 112].map((n) => rank(n)?.rank.split(' ')[0])).toEqual([
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '112th',
    ])
  })

  it('says nothing when the ward has no IMD 2025 values', () => {
    expect(describeDeprivation({ imd2025Rank: null, imd2025Tenth: null }, 257, 'Essex')).toBeNull()
  })
})
