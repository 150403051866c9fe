import Papa from 'papaparse'
import type { RegionIssue } from './region-issue'

/** A CSV as rows of named text cells, with 1-based data row numbers for messages. */
export interface CsvTable {
  rows: Array<{ row: number; cells: Record<string, string> }>
  issues: RegionIssue[]
}

/**
 * Parses CSV text with a header row, checking that the required columns are present.
 *
 * @param text - the file's contents
 * @param file - the file's name, for messages
 * @param required - column names that must be in the header
 * @returns rows (numbered from 2, the first line after the header, as a spreadsheet shows them)
 * @example parseCsvTable('a,b\n1,2\n', 'x.csv', ['a']).rows[0].cells.b // '2'
 */
export function parseCsvTable(text: string, file: string, required: readonly string[]): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim(),
  })
  const issues: RegionIssue[] = []
  const header = parsed.meta.fields ?? []
  const missing = required.filter((column) => !header.includes(column))
  if (missing.length > 0) {
    issues.push({ file, where: 'header', message: `missing column(s) ${missing.join(', ')}` })
    return { rows: [], issues }
  }
  for (const error of parsed.errors) {
    issues.push({
      file,
      where: error.row === undefined ? '' : `row ${error.row + 2}`,
      message: error.message,
    })
  }
  return { rows: parsed.data.map((cells, index) => ({ row: index + 2, cells })), issues }
}

/** Reads a finite number from a cell, or returns a message saying why it is not one. */
export function readNumber(cells: Record<string, string>, column: string): number | string {
  const text = (cells[column] ?? '').trim()
  if (text === '') return `${column} is empty`
  const value = Number(text)
  return Number.isFinite(value) ? value : `${column} '${text}' is not a number`
}
