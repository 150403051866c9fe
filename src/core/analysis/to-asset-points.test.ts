import { describe, expect, it } from 'vitest'
import { toAssetPoints } from './to-asset-points'

const messages = (rows: Parameters<typeof toAssetPoints>[0]) =>
  toAssetPoints(rows).issues.map((issue) => issue.message)

describe('toAssetPoints', () => {
  it('keeps usable rows with categories in order of first appearance', () => {
    const { assets, issues } = toAssetPoints([
      { row: 1, lng: '0.47', lat: '51.73', category: 'park' },
      { row: 2, lng: 0.48, lat: 51.74, category: 'library' },
      { row: 3, lng: '0.49', lat: '51.75', category: 'park' },
    ])
    expect(issues).toEqual([])
    expect(assets.categories).toEqual(['park', 'library'])
    expect(Array.from(assets.category)).toEqual([0, 1, 0])
    expect(Array.from(assets.lng)).toEqual([0.47, 0.48, 0.49])
  })

  it('names the row of a latitude out of range', () => {
    expect(messages([{ row: 14, lng: '0.4', lat: '95', category: 'park' }])).toEqual([
      'Row 14: latitude 95 is out of range (-90…90); skipped',
    ])
  })

  it('reports missing, unreadable and null coordinates, and a missing category', () => {
    expect(
      messages([
        { row: 1, lng: '', lat: '51.7', category: 'park' },
        { row: 2, lng: '0.4', lat: 'abc', category: 'park' },
        { row: 3, lng: null, lat: null, category: 'park', noun: 'Feature' },
        { row: 4, lng: '0.4', lat: '51.7', category: '  ' },
        { row: 5, lng: '181', lat: '51.7', category: 'park' },
      ]),
    ).toEqual([
      'Row 1: longitude is missing; skipped',
      'Row 2: latitude "abc" is not a number; skipped',
      'Feature 3: longitude is missing; skipped',
      'Row 4: category is missing; skipped',
      'Row 5: longitude 181 is out of range (-180…180); skipped',
    ])
  })

  it('gives a category seen only in skipped rows no place', () => {
    const { assets } = toAssetPoints([
      { row: 1, lng: '0.47', lat: '91', category: 'ghost' },
      { row: 2, lng: '0.47', lat: '51.7', category: 'park' },
    ])
    expect(assets.categories).toEqual(['park'])
    expect(Array.from(assets.rowNumbers!)).toEqual([2])
  })
})
