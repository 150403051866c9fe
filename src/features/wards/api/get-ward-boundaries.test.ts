import { afterEach, describe, expect, it, vi } from 'vitest'
import { getWardBoundaries } from './get-ward-boundaries'

const square = (west: number, south: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + 0.1, south],
      [west + 0.1, south + 0.1],
      [west, south],
    ],
  ],
})

function ward(code: string, name: string, west: number) {
  return {
    type: 'Feature',
    geometry: square(west, 51.5),
    properties: {
      ward_code: code,
      ward_name: name,
      lad_code: 'E07000070',
      lad_name: 'Chelmsford',
      population: 9000,
      imd2025_score: 12.5,
      imd2025_rank: 100,
      imd2025_tenth: 4,
      imd2019_score: null,
      imd2019_rank: null,
    },
  }
}

function serve(body: unknown, status = 200) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(body), { status })))
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('getWardBoundaries', () => {
  it('gives the wards sorted by name, by code, and the extent of them all', async () => {
    serve({
      type: 'FeatureCollection',
      features: [ward('E05000002', 'Writtle', 0.4), ward('E05000001', 'Broomfield', 0.5)],
    })
    const result = await getWardBoundaries('/wards.geojson')
    expect(result.wards.map((w) => w.wardName)).toEqual(['Broomfield', 'Writtle'])
    expect(result.byCode.get('E05000002')).toMatchObject({
      wardName: 'Writtle',
      ladName: 'Chelmsford',
      population: 9000,
      imd2025Rank: 100,
      imd2025Tenth: 4,
      imd2019Rank: null,
    })
    expect(result.bounds[0][0]).toBeCloseTo(0.4)
    expect(result.bounds[1][0]).toBeCloseTo(0.6)
  })

  it('says which property is wrong in a bad file', async () => {
    const bad = ward('E05000001', 'Broomfield', 0.5)
    serve({
      type: 'FeatureCollection',
      features: [{ ...bad, properties: { ...bad.properties, population: 'many' } }],
    })
    await expect(getWardBoundaries('/wards.geojson')).rejects.toThrow(
      /^The ward boundaries file is not valid: features\.0\.properties\.population/,
    )
  })

  it('says the file could not be loaded, with the HTTP status', async () => {
    serve('Not found', 404)
    await expect(getWardBoundaries('/wards.geojson')).rejects.toThrow(
      'The ward boundaries could not be loaded (HTTP 404).',
    )
  })

  it('turns a network failure into words a person can act on', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    await expect(getWardBoundaries('/wards.geojson')).rejects.toThrow(
      'The ward boundaries could not be loaded; check the connection and reload.',
    )
  })
})
