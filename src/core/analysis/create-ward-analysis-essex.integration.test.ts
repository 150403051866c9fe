import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { readRegionFiles } from '../../../scripts/analysis/read-region-files'
import { defaultDataDir } from '../../../scripts/lib/paths'
import { ASSET_KINDS } from '../assets/asset'
import { computeNaiveWardMetrics } from './compute-naive-ward-metrics'
import { createWardAnalysis } from './create-ward-analysis'
import { generateClusteredAssets } from './generate-clustered-assets'
import { prepareProximity } from './prepare-proximity'
import { prepareRegion } from './prepare-region'
import type { AssetPoints, RegionInput, ResidentPoints } from './types'

const wardFeatures = (
  JSON.parse(
    readFileSync(join(defaultDataDir, 'essex-wards.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon>
).features

function essex(model: 'lsoa' | 'postcode'): RegionInput {
  const parsed = readRegionFiles(defaultDataDir, model)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.region
}

/** Postcode centroids, where generated assets cluster (as real ones do, around where people live). */
function anchors(): ResidentPoints {
  return essex('postcode').residents
}

function everyNth(residents: ResidentPoints, n: number): ResidentPoints {
  const keep = (array: Float64Array) => array.filter((_, i) => i % n === 0)
  return { lng: keep(residents.lng), lat: keep(residents.lat), weight: keep(residents.weight) }
}

function slice(assets: AssetPoints, start: number, end: number): AssetPoints {
  return {
    lng: assets.lng.slice(start, end),
    lat: assets.lat.slice(start, end),
    category: assets.category.slice(start, end),
    categories: assets.categories,
  }
}

function expectEqualToNaive(input: RegionInput, assets: AssetPoints, walkDistanceMetres: number) {
  const region = prepareRegion(input)
  const proximity = prepareProximity(region, { walkDistanceMetres })
  const fast = createWardAnalysis(region, proximity, assets)
  const naive = computeNaiveWardMetrics(wardFeatures, input.residents, assets, {
    walkDistanceMetres,
  })
  expect(fast.assetCounts).toEqual(naive.assetCounts)
  expect(region.residentWard).toEqual(naive.residentWard)
  expect(fast.residentCovered).toEqual(naive.residentCovered)
  expect(fast.residentReach).toEqual(naive.residentReach)
  expect(fast.residentPopulation).toEqual(naive.residentPopulation)
  expect(fast.coveredPopulation).toEqual(naive.coveredPopulation)
  expect(fast.reachPopulation).toEqual(naive.reachPopulation)
  return fast
}

describe('createWardAnalysis on the Essex data', () => {
  const { lng, lat } = anchors()

  it('equals the straightforward Turf computation for 5,000 clustered assets (LSOA residents, 800 m)', () => {
    const assets = generateClusteredAssets(lng, lat, 5000, ASSET_KINDS, { seed: 1 })
    const fast = expectEqualToNaive(essex('lsoa'), assets, 800)
    // Not a vacuous match: the assets land in many wards and cover some residents but not all.
    expect(fast.assetCounts.reduce((a, b) => a + b, 0)).toBeGreaterThan(4700)
    const covered = fast.residentCovered.reduce((a, b) => a + b, 0)
    expect(covered).toBeGreaterThan(1000)
    expect(covered).toBeLessThan(fast.residentCovered.length)
  }, 60_000)

  it('equals it at 400 m for unrounded assets spread widely (LSOA residents)', () => {
    const assets = generateClusteredAssets(lng, lat, 2000, ASSET_KINDS, {
      seed: 2,
      spreadMetres: 2000,
      scatterShare: 0.3,
      decimals: -1,
    })
    expectEqualToNaive(essex('lsoa'), assets, 400)
  }, 60_000)

  it('equals it with postcode residents carrying fractional shares of their LSOA', () => {
    const input = essex('postcode')
    const sample = { ...input, residents: everyNth(input.residents, 9) }
    const assets = generateClusteredAssets(lng, lat, 600, ASSET_KINDS, { seed: 3 })
    expectEqualToNaive(sample, assets, 800)
  }, 60_000)

  it('gives the same figures after adding assets one by one as a full run on them all', () => {
    const input = essex('postcode')
    const sample = { ...input, residents: everyNth(input.residents, 4) }
    const region = prepareRegion(sample)
    const proximity = prepareProximity(region)
    const all = generateClusteredAssets(lng, lat, 2300, ASSET_KINDS, { seed: 4 })
    const running = createWardAnalysis(region, proximity, slice(all, 0, 2000))
    for (let i = 2000; i < 2300; i++) {
      const category = all.categories[all.category[i]!]!
      expect(running.addAsset({ lng: all.lng[i]!, lat: all.lat[i]!, category }).ok).toBe(true)
    }
    const full = createWardAnalysis(region, proximity, all)
    expect(running.assetCounts).toEqual(full.assetCounts)
    expect(running.residentCovered).toEqual(full.residentCovered)
    expect(running.residentReach).toEqual(full.residentReach)
    expect(running.coveredPopulation).toEqual(full.coveredPopulation)
    expect(running.reachPopulation).toEqual(full.reachPopulation)
  }, 60_000)
})
