import { usePortQuery } from '../../../db/use-port-query'

/** Months in a report: the last 12, this one included. */
export const REPORT_MONTHS = 12

/**
 * A bank's monthly report (time_bank_monthly_report) for the last 12 months; waits for a bank.
 *
 * @param bankId the bank, or null while none is chosen
 */
export function useMonthlyReport(bankId: string | null) {
  return usePortQuery(
    ['time-banks', 'monthly-report', bankId, REPORT_MONTHS],
    (port) => port.timeBankReports.monthlyReport(bankId!, REPORT_MONTHS),
    { enabled: bankId !== null, keep: 2 },
  )
}

/**
 * A bank's exchanges by ward and skill over a period (both dates included, `YYYY-MM-DD`).
 *
 * @param bankId the bank, or null while none is chosen
 */
export function useWardSkillReport(bankId: string | null, from: string, to: string) {
  return usePortQuery(
    ['time-banks', 'ward-skill-report', bankId, from, to],
    (port) => port.timeBankReports.exchangesByWardAndSkill(bankId!, from, to),
    { enabled: bankId !== null && from !== '' && to !== '' && from <= to, keep: 3 },
  )
}
