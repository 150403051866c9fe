import { METRES_PER_DEGREE, RADIANS_PER_DEGREE } from '../geo/units'
import { createSeededRandom } from './create-seeded-random'
import type { AssetPoints } from './types'

export interface ClusteredAssetOptions {
  /** PRNG seed (default 1). */
  seed?: number
  /** Standard deviation of an asset's offset from its anchor, metres (default 250). */
  spreadMetres?: number
  /** Share of assets scattered uniformly over the anchors' extent instead (default 0.05). */
  scatterShare?: number
  /** Decimal places kept, as in real exports (default 6, about 0.1 m; -1 keeps all). */
  decimals?: number
}

/**
 * Generates assets clustered like real ones: each picks a random anchor (e.g. a postcode
 * centroid, so density follows where people live) and lies a normally distributed distance from it,
 * with a few scattered anywhere. Categories are drawn unevenly (the k-th about 1/(k + 1) as often as
 * the first), as real asset maps have many more groups than, say, cultural venues.
 *
 * @param anchorLng anchor longitudes, degrees
 * @param anchorLat anchor latitudes, degrees
 * @param count number of assets
 * @param categories category names
 * @param options seed, spread, scatter share, rounding
 * @returns the generated assets
 * @example
 * const assets = generateClusteredAssets(postcodeLng, postcodeLat, 100_000, ASSET_KINDS, { seed: 7 })
 */
export function generateClusteredAssets(
  anchorLng: Float64Array,
  anchorLat: Float64Array,
  count: number,
  categories: readonly string[],
  options: ClusteredAssetOptions = {},
): AssetPoints {
  const random = createSeededRandom(options.seed ?? 1)
  const spread = options.spreadMetres ?? 250
  const scatter = options.scatterShare ?? 0.05
  const decimals = options.decimals ?? 6
  const scale = 10 ** decimals
  const round = (value: number): number =>
    decimals < 0 ? value : Math.round(value * scale) / scale
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity]
  for (let i = 0; i < anchorLng.length; i++) {
    west = Math.min(west, anchorLng[i]!)
    east = Math.max(east, anchorLng[i]!)
    south = Math.min(south, anchorLat[i]!)
    north = Math.max(north, anchorLat[i]!)
  }
  const cumulative: number[] = []
  let total = 0
  for (let k = 0; k < categories.length; k++) cumulative.push((total += 1 / (k + 1)))
  const lng = new Float64Array(count)
  const lat = new Float64Array(count)
  const category = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    if (random() < scatter || anchorLng.length === 0) {
      lng[i] = round(west + random() * (east - west))
      lat[i] = round(south + random() * (north - south))
    } else {
      const anchor = Math.floor(random() * anchorLng.length)
      // Box–Muller: two uniforms give two independent standard normals.
      const radius = Math.sqrt(-2 * Math.log(1 - random())) * spread
      const angle = 2 * Math.PI * random()
      const baseLat = anchorLat[anchor]!
      lat[i] = round(baseLat + (radius * Math.sin(angle)) / METRES_PER_DEGREE)
      lng[i] = round(
        anchorLng[anchor]! +
          (radius * Math.cos(angle)) / (METRES_PER_DEGREE * Math.cos(baseLat * RADIANS_PER_DEGREE)),
      )
    }
    const pick = random() * total
    let k = 0
    while (k < categories.length - 1 && cumulative[k]! < pick) k++
    category[i] = k
  }
  return { lng, lat, category, categories: [...categories] }
}
