import type { MonthlyActivity } from './time-bank-report'

/** A bank's months in order, with the period's totals. */
export interface MonthlyReportSeries {
  /** Oldest first, one entry for every month of the period (months with nothing are zeros). */
  months: MonthlyActivity[]
  totals: {
    exchanges: number
    minutes: number
    newMembers: number
    /** The largest monthly count of active members (members are not summed across months). */
    peakActiveMembers: number
  }
}

const MONTH = /^(\d{4})-(\d{2})-01$/

/**
 * The report's rows as a series for charts and CSV: every month of the period, oldest first,
 * months the database did not return filled with zeros, months outside the period left out.
 *
 * @param rows as time_bank_monthly_report returns them, any order
 * @param lastMonth the period's last month, `YYYY-MM-01` (the current month)
 * @param monthCount how many months the period has (default 12)
 * @returns the months and the period's totals
 * @example
 * toMonthlyReportSeries([{ month: '2026-11-01', exchanges: 2, minutes: 90, activeMembers: 3, newMembers: 1 }], '2026-12-01', 2)
 * // months: 2026-11-01 (2 exchanges), 2026-12-01 (zeros)
 */
export function toMonthlyReportSeries(
  rows: readonly MonthlyActivity[],
  lastMonth: string,
  monthCount = 12,
): MonthlyReportSeries {
  const found = MONTH.exec(lastMonth)
  if (!found) throw new Error(`Not the first day of a month: ${lastMonth}`)
  const last = Number(found[1]) * 12 + Number(found[2]) - 1
  const byMonth = new Map(rows.map((row) => [row.month, row]))
  const months: MonthlyActivity[] = []
  for (let index = last - monthCount + 1; index <= last; index++) {
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
    months.push(
      byMonth.get(month) ?? { month, exchanges: 0, minutes: 0, activeMembers: 0, newMembers: 0 },
    )
  }
  return {
    months,
    totals: {
      exchanges: sum(months, (m) => m.exchanges),
      minutes: sum(months, (m) => m.minutes),
      newMembers: sum(months, (m) => m.newMembers),
      peakActiveMembers: Math.max(0, ...months.map((m) => m.activeMembers)),
    },
  }
}

/**
 * A month as people say it.
 *
 * @param month `YYYY-MM-01`
 * @example monthLabel('2026-03-01') // 'Mar 2026'
 */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-')
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${names[Number(number) - 1] ?? number} ${year}`
}

/**
 * Minutes as hours for reading, to one decimal place where needed.
 *
 * @example formatHours(90) // '1.5'
 */
export function formatHours(minutes: number): string {
  return (minutes / 60).toLocaleString('en-GB', { maximumFractionDigits: 1 })
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0)
}
