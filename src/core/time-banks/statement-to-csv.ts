import { toSpreadsheetCsv } from '../export/to-spreadsheet-csv'
import type { StatementEntry } from './time-bank'

/** The statement's columns, as a spreadsheet shows them. */
export const STATEMENT_COLUMNS = [
  'date',
  'posted_at',
  'kind',
  'description',
  'with',
  'minutes',
  'hours',
  'balance_minutes',
] as const

/**
 * A member's statement as CSV, safe to open in a spreadsheet (a description such as "=HYPERLINK…"
 * is never run as a formula): one row per entry, oldest first, with the minutes and the balance
 * after it as numbers, and the hours to two decimals for readers who add them up.
 *
 * @param entries - the statement as `time_bank_statement` gives it
 * @returns CSV text (CRLF line ends)
 * @example statementToCsv([]) // "date,posted_at,kind,description,with,minutes,hours,balance_minutes"
 */
export function statementToCsv(entries: readonly StatementEntry[]): string {
  return toSpreadsheetCsv(
    STATEMENT_COLUMNS,
    entries.map((entry) => ({
      date: entry.occurredOn,
      posted_at: entry.postedAt,
      kind: entry.kind,
      description: entry.description,
      with: entry.counterparty,
      minutes: entry.minutes,
      hours: Math.round((entry.minutes / 60) * 100) / 100,
      balance_minutes: entry.balanceAfter,
    })),
  )
}
