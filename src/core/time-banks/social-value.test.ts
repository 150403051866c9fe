import { describe, expect, it } from 'vitest'
import { computeSocialValue, estimateProgrammeReturn, formatPounds } from './social-value'

describe('computeSocialValue', () => {
  it('values hours given at the bank’s hourly value and keeps its basis beside it', () => {
    const value = computeSocialValue(600, 1271, 'National Living Wage from April 2026')
    expect(value).toEqual({
      hours: 10,
      valuePence: 12_710,
      hourlyValuePence: 1271,
      basis: 'National Living Wage from April 2026',
    })
  })

  it('rounds to the penny only at the end (90 minutes at £12.71 is £19.07)', () => {
    expect(computeSocialValue(90, 1271, 'NLW').valuePence).toBe(1907)
  })

  it('gives nothing for no hours', () => {
    expect(computeSocialValue(0, 1271, 'NLW').valuePence).toBe(0)
  })
})

describe('estimateProgrammeReturn', () => {
  it('applies NEF’s £3 for every £1 and labels it an estimate with its source', () => {
    const estimate = estimateProgrammeReturn(1_000_000)
    expect(estimate.estimatePence).toBe(3_000_000)
    expect(estimate.label).toBe('estimate')
    expect(estimate.source).toMatch(/New Economics Foundation.*£3.*£1/)
  })
})

describe('formatPounds', () => {
  it('writes whole pounds without pence and others with two places', () => {
    expect(formatPounds(190_700)).toBe('£1,907')
    expect(formatPounds(1907)).toBe('£19.07')
    expect(formatPounds(1900)).toBe('£19')
  })
})
