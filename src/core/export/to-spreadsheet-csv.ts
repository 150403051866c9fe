import Papa from 'papaparse'

/** A cell of an export: text, a number (kept a number), or empty. */
export type CsvCell = string | number | null

/**
 * Writes rows as CSV that is safe to open in a spreadsheet: a text cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is prefixed with `'` so it is never run as a formula
 * (OWASP "CSV injection"); numbers stay numbers, so `-5` is still minus five.
 *
 * @param columns - the header, in order
 * @param rows - one object per row, keyed by column
 * @returns CSV text with CRLF line ends (RFC 4180)
 * @example toSpreadsheetCsv(['name', 'count'], [{ name: '=1+1', count: -2 }])
 * // "name,count\r\n'=1+1,-2"
 */
export function toSpreadsheetCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, CsvCell>>,
): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
    { escapeFormulae: true, newline: '\r\n' },
  )
}
