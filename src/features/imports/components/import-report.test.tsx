// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import Papa from 'papaparse'
import { afterEach, describe, expect, it } from 'vitest'
import { ImportReport, reportCsv, type NamedReportLine } from './import-report'

afterEach(cleanup)

const report: NamedReportLine[] = [
  { row: 1, status: 'ok', reason: '', name: 'Castle Hall' },
  { row: 2, status: 'refused', reason: 'Choose a kind the map knows.', name: '=HYPERLINK("x")' },
  { row: 3, status: 'warning', reason: 'Possibly the same as Castle Hall.', name: 'Castle hall' },
]

describe('the import report', () => {
  it('counts each result and lists refused rows first with their reason', () => {
    render(<ImportReport fileName="halls.csv" report={report} />)
    expect(screen.getByRole('status').textContent).toContain(
      '3 rows: 1 ready, 1 with a warning, 1 refused.',
    )
    const [, first, second, third] = screen.getAllByRole('row')
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '=HYPERLINK("x")', 'Refused', 'Choose a kind the map knows.'])
    expect(second!.textContent).toContain('Warning')
    expect(third!.textContent).toContain('Ready')
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Download the report (CSV)' }).disabled,
    ).toBe(false)
  })

  it('downloads as the command line writes it, a formula made harmless', () => {
    const rows = Papa.parse<string[]>(reportCsv(report).trim()).data
    expect(rows[0]).toEqual(['row', 'status', 'reason', 'name'])
    expect(rows[2]).toEqual(['2', 'refused', 'Choose a kind the map knows.', `'=HYPERLINK("x")`])
  })
})
