import { describe, expect, it } from 'vitest'
import { validatePolygonGeometry } from './validate-polygon-geometry'

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
]

function reason(geometry: unknown): string {
  const result = validatePolygonGeometry(geometry)
  return result.ok ? 'ok' : result.reason
}

describe('validatePolygonGeometry', () => {
  it('accepts a polygon and returns it as one polygon', () => {
    const result = validatePolygonGeometry({ type: 'Polygon', coordinates: [square] })
    expect(result).toEqual({ ok: true, polygons: [[square]] })
  })

  it('accepts a multipolygon with a hole', () => {
    const hole = [
      [0.2, 0.2],
      [0.2, 0.8],
      [0.8, 0.8],
      [0.8, 0.2],
      [0.2, 0.2],
    ]
    const island = [
      [3, 3],
      [4, 3],
      [4, 4],
      [3, 3],
    ]
    expect(reason({ type: 'MultiPolygon', coordinates: [[square, hole], [island]] })).toBe('ok')
  })

  it('refuses a ring that is not closed', () => {
    const open = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0.5],
    ]
    expect(reason({ type: 'Polygon', coordinates: [open] })).toBe(
      'ring 1 of polygon 1 is not closed (its first and last positions differ)',
    )
  })

  it('refuses a ring of three positions', () => {
    expect(
      reason({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      }),
    ).toBe('ring 1 of polygon 1 has 3 positions; a closed ring needs at least 4')
  })

  it('refuses a position that is not a number', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [Number.NaN, 1],
      [0, 0],
    ]
    expect(reason({ type: 'Polygon', coordinates: [ring] })).toMatch(
      /position 3: longitude NaN is not a number within -180…180/,
    )
  })

  it('refuses a latitude out of range', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 95],
      [0, 0],
    ]
    expect(reason({ type: 'Polygon', coordinates: [ring] })).toMatch(/latitude 95/)
  })

  it('refuses a self-crossing ring', () => {
    const bowTie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ]
    expect(reason({ type: 'Polygon', coordinates: [bowTie] })).toBe(
      'ring 1 of polygon 1 crosses itself (edges 1 and 3)',
    )
  })

  it('refuses another geometry type or none', () => {
    expect(reason({ type: 'LineString', coordinates: square })).toBe(
      'its geometry is LineString, not a Polygon or MultiPolygon',
    )
    expect(reason(null)).toBe('it has no geometry')
  })
})
