import { describe, expect, it } from 'vitest'
import { createWardAnalysis } from './create-ward-analysis'
import { prepareProximity } from './prepare-proximity'
import { prepareRegion } from './prepare-region'
import type { RegionInput } from './types'

const square = (west: number, east: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, 51.7],
      [east, 51.7],
      [east, 51.71],
      [west, 51.71],
      [west, 51.7],
    ],
  ],
})

const input: RegionInput = {
  name: 'Test',
  wards: [
    { code: 'W1', name: 'West', population: 1000, geometry: square(0, 0.016) },
    { code: 'W2', name: 'East', population: 500, geometry: square(0.016, 0.032) },
  ],
  residents: {
    lng: Float64Array.from([0.008, 0.024]),
    lat: Float64Array.from([51.705, 51.705]),
    weight: Float64Array.from([1000, 500]),
  },
}

function start() {
  const region = prepareRegion(input)
  const assets = {
    lng: new Float64Array(0),
    lat: new Float64Array(0),
    category: new Int32Array(0),
    categories: ['library', 'park'],
  }
  return createWardAnalysis(region, prepareProximity(region), assets)
}

describe('addAsset', () => {
  it('counts the asset in its ward and covers the residents within walking distance', () => {
    const analysis = start()
    expect(analysis.addAsset({ lng: 0.009, lat: 51.705, category: 'park' })).toEqual({
      ok: true,
      ward: 0,
    })
    expect(Array.from(analysis.assetCounts)).toEqual([0, 1, 0, 0])
    // West's resident is 69 m away, East's 1.04 km: covered and reached in West only.
    expect(Array.from(analysis.coveredPopulation)).toEqual([0, 1000, 0, 0])
    expect(Array.from(analysis.reachPopulation!)).toEqual([0, 1000, 0, 0])
  })

  it('lets an asset outside every ward cover residents without being counted', () => {
    const analysis = start()
    expect(analysis.addAsset({ lng: 0.035, lat: 51.705, category: 'library' })).toEqual({
      ok: true,
      ward: -1,
    })
    expect(Array.from(analysis.assetCounts)).toEqual([0, 0, 0, 0])
    expect(Array.from(analysis.coveredPopulation)).toEqual([0, 0, 500, 0])
  })

  it('refuses an asset with a latitude out of range, changing nothing', () => {
    const analysis = start()
    const result = analysis.addAsset({ lng: 0.01, lat: 95, category: 'park' })
    expect(result).toEqual({
      ok: false,
      issue: {
        severity: 'error',
        message: "The asset's latitude 95 is out of range (-90…90); it was not added",
      },
    })
    expect(Array.from(analysis.assetCounts)).toEqual([0, 0, 0, 0])
  })

  it('refuses a category the analysis was not set up for', () => {
    const result = start().addAsset({ lng: 0.01, lat: 51.705, category: 'pub' })
    expect(result.ok).toBe(false)
  })
})
