import { describe, expect, it } from 'vitest'
import { formatMinutes, formatSignedMinutes, toMinutes } from './format-minutes'

describe('formatMinutes', () => {
  it('gives hours and the minutes left over', () => {
    expect(formatMinutes(90)).toBe('1 h 30 min')
  })
  it('leaves out a part that is zero', () => {
    expect([formatMinutes(120), formatMinutes(45)]).toEqual(['2 h', '45 min'])
  })
  it('says nothing as 0 min', () => {
    expect(formatMinutes(0)).toBe('0 min')
  })
  it('shows time received with a minus sign', () => {
    expect(formatMinutes(-75)).toBe('−1 h 15 min')
  })
})

describe('formatSignedMinutes', () => {
  it('marks time given with a plus', () => {
    expect([formatSignedMinutes(60), formatSignedMinutes(-30), formatSignedMinutes(0)]).toEqual([
      '+1 h',
      '−30 min',
      '0 min',
    ])
  })
})

describe('toMinutes', () => {
  it('adds the hours and minutes typed', () => {
    expect(toMinutes(2, 15)).toBe(135)
  })
})
