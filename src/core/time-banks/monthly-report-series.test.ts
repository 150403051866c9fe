import { describe, expect, it } from 'vitest'
import { formatHours, monthLabel, toMonthlyReportSeries } from './monthly-report-series'

const row = (month: string, minutes: number, activeMembers = 2, newMembers = 0) => ({
  month,
  exchanges: minutes / 30,
  minutes,
  activeMembers,
  newMembers,
})

describe('toMonthlyReportSeries', () => {
  it('lists every month of the period oldest first, filling quiet months with zeros', () => {
    const series = toMonthlyReportSeries(
      [row('2026-12-01', 60), row('2026-10-01', 90)],
      '2026-12-01',
      3,
    )
    expect(series.months.map((m) => [m.month, m.minutes])).toEqual([
      ['2026-10-01', 90],
      ['2026-11-01', 0],
      ['2026-12-01', 60],
    ])
  })

  it('crosses a year end and leaves out months before the period', () => {
    const series = toMonthlyReportSeries(
      [row('2025-11-01', 30), row('2026-01-01', 30)],
      '2026-02-01',
      3,
    )
    expect(series.months.map((m) => m.month)).toEqual(['2025-12-01', '2026-01-01', '2026-02-01'])
    expect(series.totals.minutes).toBe(30)
  })

  it('sums exchanges, minutes and new members, and takes the busiest month’s active members', () => {
    const series = toMonthlyReportSeries(
      [row('2026-11-01', 120, 7, 2), row('2026-12-01', 60, 4, 1)],
      '2026-12-01',
      2,
    )
    expect(series.totals).toEqual({
      exchanges: 6,
      minutes: 180,
      newMembers: 3,
      peakActiveMembers: 7,
    })
  })

  it('refuses a last month that is not a first day', () => {
    expect(() => toMonthlyReportSeries([], '2026-12-07')).toThrow(/first day/)
  })
})

describe('monthLabel and formatHours', () => {
  it('say a month and hours as people do', () => {
    expect(monthLabel('2026-03-01')).toBe('Mar 2026')
    expect(formatHours(90)).toBe('1.5')
    expect(formatHours(1200)).toBe('20')
  })
})
