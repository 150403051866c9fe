import { describe, expect, it } from 'vitest'
import { toSpreadsheetCsv } from './to-spreadsheet-csv'

const lines = (csv: string) => csv.split('\r\n')

describe('toSpreadsheetCsv', () => {
  it.each(['=HYPERLINK("http://x")', '+44 1245', '-1+1', '@SUM(A1)', '\tlead', '\rlead'])(
    'neutralises a text cell starting %j so a spreadsheet shows it as text',
    (text) => {
      const [, row] = lines(toSpreadsheetCsv(['name'], [{ name: text }]))
      expect(row?.replace(/^"|"$/g, '').startsWith("'")).toBe(true)
    },
  )

  it('keeps numbers as numbers, negative ones included', () => {
    expect(lines(toSpreadsheetCsv(['a', 'b'], [{ a: -5, b: 0.25 }]))[1]).toBe('-5,0.25')
  })

  it('leaves ordinary text, commas and quotes intact', () => {
    expect(lines(toSpreadsheetCsv(['name'], [{ name: 'Hall, "Old" Road' }]))[1]).toBe(
      '"Hall, ""Old"" Road"',
    )
  })

  it('writes an empty cell for a missing value', () => {
    expect(lines(toSpreadsheetCsv(['a', 'b'], [{ a: 'x', b: null }]))[1]).toBe('x,')
  })
})
