import { describe, expect, it } from 'vitest'
import { readSourceTable } from './read-source-table'

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)),
  )

describe('reading a file of assets', () => {
  it('reads UTF-8 with a BOM and semicolons, as Excel saves it in many locales', () => {
    const table = readSourceTable(
      'halls.csv',
      bytes([0xef, 0xbb, 0xbf], 'Name;Kind\r\nCafé;economic\r\n'),
    )
    expect(table).toMatchObject({
      headers: ['Name', 'Kind'],
      rows: [['Café', 'economic']],
      delimiter: ';',
    })
  })

  it('reads Windows-1252 (a pound sign and an accent) when the bytes are not UTF-8', () => {
    const table = readSourceTable(
      'old.csv',
      bytes('name,kind,about\nCaf', [0xe9], ',economic,', [0xa3], '5 a year\n'),
    )
    expect(table.encoding).toBe('windows-1252')
    expect(table.rows).toEqual([['Café', 'economic', '£5 a year']])
  })

  it('reads UTF-16 with its BOM, tabs, quoted commas and line breaks, and skips empty lines', () => {
    const text = 'name\tdescription\n"Hall, the"\t"two\nlines"\n\n'
    const utf16 = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]
    const table = readSourceTable('tabs.tsv', new Uint8Array(utf16))
    expect(table.rows).toEqual([['Hall, the', 'two\nlines']])
  })

  it('reads GeoJSON features as rows, a polygon pinned at its centroid', () => {
    const file = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Park', tags: ['green', 'dogs'] },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 51],
                [1, 51],
                [1, 52],
                [0, 52],
                [0, 51],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'Hall' },
          geometry: { type: 'Point', coordinates: [0.9, 51.9] },
        },
      ],
    })
    const table = readSourceTable('map.geojson', bytes(file))
    expect(table.headers).toEqual(['name', 'tags', 'longitude', 'latitude'])
    expect(table.rows).toEqual([
      ['Park', 'green; dogs', '0.5', '51.5'],
      ['Hall', '', '0.9', '51.9'],
    ])
  })

  it('refuses a file type it cannot read, naming those it can', () => {
    expect(() => readSourceTable('sheet.pdf', bytes('x'))).toThrow(/import a \.csv, \.tsv/)
  })
})
