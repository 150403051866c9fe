import { toSpreadsheetCsv } from '../../../core/export/to-spreadsheet-csv'
import type { MonthlyReportSeries } from '../../../core/time-banks/monthly-report-series'
import type { WardSkillExchanges } from '../../../core/time-banks/time-bank-report'

/**
 * A bank's monthly report as CSV: one row a month, hours unrounded beside the minutes.
 *
 * @param bankName the bank, in every row so that files from several banks can be joined
 * @param series the months, oldest first
 */
export function toMonthlyReportCsv(bankName: string, series: MonthlyReportSeries): string {
  return toSpreadsheetCsv(
    ['bank', 'month', 'exchanges', 'minutes', 'hours', 'active_members', 'new_members'],
    series.months.map((month) => ({
      bank: bankName,
      month: month.month.slice(0, 7),
      exchanges: month.exchanges,
      minutes: month.minutes,
      hours: month.minutes / 60,
      active_members: month.activeMembers,
      new_members: month.newMembers,
    })),
  )
}

/**
 * Exchanges by ward and skill as CSV, with the period in every row.
 *
 * @param bankName the bank
 * @param from the period's first day, `YYYY-MM-DD`
 * @param to its last day
 */
export function toWardSkillCsv(
  bankName: string,
  from: string,
  to: string,
  rows: readonly WardSkillExchanges[],
): string {
  return toSpreadsheetCsv(
    [
      'bank',
      'from',
      'to',
      'ward_code',
      'ward_name',
      'skill',
      'skill_label',
      'exchanges',
      'minutes',
      'hours',
    ],
    rows.map((row) => ({
      bank: bankName,
      from,
      to,
      ward_code: row.wardCode,
      ward_name: row.wardName ?? 'Ward not known',
      skill: row.giftType,
      skill_label: row.giftLabel ?? 'No skill named',
      exchanges: row.exchanges,
      minutes: row.minutes,
      hours: row.minutes / 60,
    })),
  )
}
