import { describe, expect, it } from 'vitest'
import { readImportFile } from './read-import-file'
import { importFileSizeProblem, readSourceTable } from './read-source-table'

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

  it('reads Windows-1252 (an accent, a curly apostrophe, a pound sign) when the bytes are not UTF-8, whatever the line endings', () => {
    const table = readSourceTable(
      'old.csv',
      bytes(
        'name,kind,about\r\nCaf',
        [0xe9],
        ',economic,',
        [0xa3],
        '5 a year\nSt Mary',
        [0x92],
        's,cultural,\rOpen\r\n',
      ),
    )
    expect(table.encoding).toBe('windows-1252')
    expect(table.rows).toEqual([
      ['Café', 'economic', '£5 a year'],
      ['St Mary’s', 'cultural', ''],
      ['Open', '', ''],
    ])
  })

  it('refuses a file too big to import with its size, before reading it', () => {
    expect(importFileSizeProblem(200 * 1024 * 1024)).toBe(
      'The file is 200 MB: import at most 100 MB at a time (split it into several files).',
    )
    expect(importFileSizeProblem(0)).toBe('The file is empty.')
    expect(importFileSizeProblem(12_000_000)).toBeNull()
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

  it('refuses a file type it cannot read, naming those it can', async () => {
    await expect(readImportFile('sheet.pdf', bytes('x'))).rejects.toThrow(
      'Cannot read "sheet.pdf": import a .csv, .tsv, .txt, .xlsx, .geojson, .json, .zip file.',
    )
  })
})
