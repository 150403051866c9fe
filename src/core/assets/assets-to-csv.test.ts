import { describe, expect, it } from 'vitest'
import type { Asset } from './asset'
import { assetsToCsv } from './assets-to-csv'

const asset = (overrides: Partial<Asset>): Asset => ({
  id: 'a1',
  name: 'Writtle Village Hall',
  kind: 'physical_space',
  subtype: 'village_hall',
  description: '',
  openingTimes: '',
  accessibility: '',
  website: null,
  tags: ['hall'],
  lngLat: [0.4262, 51.7303],
  wardCode: 'E05004110',
  status: 'approved',
  statusReason: null,
  isSensitive: false,
  workshopId: null,
  lastVerifiedAt: null,
  version: 1,
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
  ...overrides,
})
const rows = (csv: string) => csv.split('\r\n').map((line) => line.split(','))

describe('assetsToCsv', () => {
  it('marks a sensitive place for those allowed to export it', () => {
    const [header, open, refuge] = rows(
      assetsToCsv([asset({}), asset({ name: 'Refuge', isSensitive: true })], () => 'Writtle'),
    )
    const sensitive = header!.indexOf('sensitive')
    expect([open![sensitive], refuge![sensitive]]).toEqual(['no', 'yes'])
  })

  it('keeps coordinates as numbers and neutralises a name that would be a formula', () => {
    const [header, row] = rows(assetsToCsv([asset({ name: '=HYPERLINK("x")' })], () => 'W'))
    expect(row![header!.indexOf('longitude')]).toBe('0.4262')
    expect(row![0]!.startsWith('"\'=')).toBe(true)
  })
})
