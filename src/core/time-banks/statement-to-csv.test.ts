import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { statementToCsv } from './statement-to-csv'
import type { StatementEntry } from './time-bank'

const entry = (over: Partial<StatementEntry>): StatementEntry => ({
  entryId: 1,
  postedAt: '2026-12-07T10:00:00.000Z',
  occurredOn: '2026-12-06',
  exchangeId: '00000000-0000-4000-8000-000000000001',
  kind: 'exchange',
  description: 'Gardening',
  counterparty: 'Alice',
  minutes: 90,
  balanceAfter: 90,
  ...over,
})

const parse = (csv: string) => Papa.parse<string[]>(csv.trim()).data

describe('statementToCsv', () => {
  it('writes one row per entry with minutes, hours and the balance after it', () => {
    const rows = parse(statementToCsv([entry({}), entry({ minutes: -45, balanceAfter: 45 })]))
    expect(rows.slice(1).map((row) => row.slice(5))).toEqual([
      ['90', '1.5', '90'],
      ['-45', '-0.75', '45'],
    ])
  })

  it('never lets a description run as a formula', () => {
    const rows = parse(statementToCsv([entry({ description: '=HYPERLINK("http://x")' })]))
    expect(rows[1]?.[3]).toBe('\'=HYPERLINK("http://x")')
  })

  it('keeps a negative amount a number', () => {
    expect(statementToCsv([entry({ minutes: -30 })])).toContain(',-30,')
  })
})
