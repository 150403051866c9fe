import Papa from 'papaparse'

/**
 * Parses CSV text with a header row into records of strings (papaparse; a leading byte-order mark
 * and blank lines are ignored).
 *
 * @param text the file's text
 * @returns the header fields and one record per data row
 * @example
 * parseCsvRecords('a,b\n1,2\n') // { fields: ['a', 'b'], records: [{ a: '1', b: '2' }] }
 */
export function parseCsvRecords(text: string): {
  fields: string[]
  records: Record<string, string | undefined>[]
} {
  const parsed = Papa.parse<Record<string, string | undefined>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  })
  return { fields: parsed.meta.fields ?? [], records: parsed.data }
}
