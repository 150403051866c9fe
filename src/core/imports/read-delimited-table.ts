import Papa from 'papaparse'
import { decodeText } from './decode-text'

/** A file's table: its header and its rows of cells (trimmed; short rows padded with ''). */
export interface SourceTable {
  headers: string[]
  rows: string[][]
  /** How the text was decoded and split, for the report. */
  encoding: string
  delimiter: string
}

/**
 * Reads delimited text (comma, semicolon, tab or pipe, found by Papa Parse) with a header row.
 * Empty lines are skipped; rows keep their number in the file (1 = the first after the header)
 * by their index.
 */
export function readDelimitedTable(bytes: Uint8Array): SourceTable {
  const { text, encoding } = decodeText(bytes)
  // Files edited on several systems mix line endings; Papa Parse follows the first it meets.
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    newline: '\n',
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  })
  const [header = [], ...body] = parsed.data
  const headers = header.map((cell) => cell.trim())
  const rows = body.map((cells) => headers.map((_, index) => (cells[index] ?? '').trim()))
  return { headers, rows, encoding, delimiter: parsed.meta.delimiter }
}
