import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../scripts/lib/paths'
import { toImportRow } from './to-import-row'

describe('British National Grid in an imported file', () => {
  const headers = ['name', 'kind', 'lat', 'lon', 'e', 'n', 'tags']
  const mapping = {
    name: 'name',
    kind: 'kind',
    latitude: 'lat',
    longitude: 'lon',
    easting: 'e',
    northing: 'n',
    tags: 'tags',
  }
  const read = (cells: string[]) => toImportRow(cells, headers, mapping, 7)

  it('converts British National Grid eastings and northings as the region data was converted (every 50th Essex postcode, within 1 m)', () => {
    const csv = Papa.parse<Record<string, string>>(
      readFileSync(join(defaultDataDir, 'essex-postcodes.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data.filter((_, index) => index % 50 === 0)
    expect(csv.length).toBeGreaterThan(900)
    for (const postcode of csv) {
      const result = read(['Hall', 'economic', '', '', postcode.easting!, postcode.northing!, ''])
      const { lng, lat } = (result as { row: { lng: number; lat: number } }).row
      expect([
        Math.abs(lng - Number(postcode.lon)) < 1e-5,
        Math.abs(lat - Number(postcode.lat)) < 1e-5,
      ]).toEqual([true, true])
    }
  })
})
