import { describe, expect, it } from 'vitest'
import { explainWardGap } from './explain-ward-gap'

const spaces = { one: 'community space', many: 'community spaces' }

describe('explainWardGap', () => {
  it('says need, count and walking coverage in plain words', () => {
    const reason = explainWardGap({
      regionName: 'Essex',
      needPercentile: 96,
      categories: [{ label: spaces, count: 2, coveragePct: 34.4 }],
    })
    expect(reason).toBe(
      'most deprived tenth of Essex wards · 2 community spaces · 34% of residents within a 10-minute walk',
    )
  })

  it('names the tenth from either end', () => {
    const tenth = (needPercentile: number) =>
      explainWardGap({ regionName: 'Essex', needPercentile, categories: [] })
    expect(tenth(85)).toBe('second most deprived tenth of Essex wards')
    expect(tenth(45)).toBe('fifth least deprived tenth of Essex wards')
    expect(tenth(3)).toBe('least deprived tenth of Essex wards')
  })

  it('uses the singular for one asset and metres for a distance that is not whole minutes', () => {
    const reason = explainWardGap({
      regionName: 'Essex',
      needPercentile: null,
      walkDistanceMetres: 1000,
      categories: [{ label: spaces, count: 1, coveragePct: 100 }],
    })
    expect(reason).toBe('1 community space · 100% of residents within 1,000 m')
  })

  it('gives each category its coverage when several are selected, then volunteers and schemes', () => {
    const reason = explainWardGap({
      regionName: 'Essex',
      needPercentile: 50,
      categories: [
        { label: spaces, count: 0, coveragePct: 12 },
        { label: { one: 'cultural asset', many: 'cultural assets' }, count: 3, coveragePct: null },
      ],
      extras: [{ label: { one: 'active volunteer', many: 'active volunteers' }, count: 1 }],
    })
    expect(reason).toBe(
      'fifth most deprived tenth of Essex wards · 0 community spaces (12% of residents within a 10-minute walk) · 3 cultural assets (no residents mapped in the ward) · 1 active volunteer',
    )
  })

  describe('time banks', () => {
    const withTimeBank = (
      count: number,
      timeBank: { activeMembers: number | null; hoursGiven: number | null },
    ) =>
      explainWardGap({
        regionName: 'Essex',
        needPercentile: null,
        categories: [{ label: spaces, count, coveragePct: 10 }],
        timeBank,
      })

    it('says a ward with few assets has no active time bank members', () => {
      expect(withTimeBank(1, { activeMembers: 0, hoursGiven: 0 })).toBe(
        '1 community space · 10% of residents within a 10-minute walk · few assets and no active time bank members in the ward',
      )
    })

    it('says only that there are no members when the ward has assets', () => {
      expect(withTimeBank(6, { activeMembers: 0, hoursGiven: 0 })).toMatch(
        / · no active time bank members in the ward$/,
      )
    })

    it('gives members and the hours they gave, to a tenth of an hour', () => {
      expect(withTimeBank(6, { activeMembers: 12, hoursGiven: 340.44 })).toMatch(
        / · 12 active time bank members \(340\.4 hours given in 12 months\)$/,
      )
      expect(withTimeBank(6, { activeMembers: 5, hoursGiven: 1 })).toMatch(
        / · 5 active time bank members \(1 hour given in 12 months\)$/,
      )
    })

    it('says fewer than 5 when the count is hidden, never a number', () => {
      expect(withTimeBank(0, { activeMembers: null, hoursGiven: null })).toMatch(
        / · fewer than 5 active time bank members$/,
      )
    })
  })
})
