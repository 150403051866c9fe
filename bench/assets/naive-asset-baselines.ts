// The assets benchmark's baselines: what the map and list would do with no index and no clustering
// structure, kept here (not in src/) because the app must never use them.
import type { Asset } from '../../src/core/assets/asset'
import type { AssetFilter } from '../../src/core/assets/filter-assets'

/**
 * Re-filters by scanning every asset per keystroke, folding each one's text again each time (what a
 * component doing `assets.filter(a => a.name.toLowerCase().includes(q))` does).
 */
export function filterAssetsNaively(assets: readonly Asset[], filter: AssetFilter): Asset[] {
  const words = filter.text
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
  const tags = filter.tags.map((tag) => tag.toLowerCase())
  return assets.filter((asset) => {
    if (filter.kinds.length && !filter.kinds.includes(asset.kind)) return false
    if (filter.statuses.length && !filter.statuses.includes(asset.status)) return false
    if (filter.subtypes.length && !filter.subtypes.includes(asset.subtype ?? '')) return false
    if (filter.wardCodes.length && !filter.wardCodes.includes(asset.wardCode ?? '')) return false
    if (tags.length && !asset.tags.some((tag) => tags.includes(tag.toLowerCase()))) return false
    if (words.length === 0) return true
    const text = [asset.name, asset.description, asset.tags.join(' '), asset.subtype ?? '']
      .join('\n')
      .normalize('NFKD')
      .replace(/\p{Mn}+/gu, '')
      .toLowerCase()
    return words.every((word) => text.includes(word))
  })
}

/**
 * Groups points greedily by pixel distance at one zoom, comparing every point with every other not
 * yet grouped: O(n²) per zoom, the obvious way without a spatial index.
 *
 * @param lng - longitudes, degrees
 * @param lat - latitudes, degrees
 * @param zoom - map zoom
 * @param radiusPixels - cluster radius in screen pixels (512 px tiles, as MapLibre)
 * @returns the number of groups
 */
export function clusterNaively(
  lng: Float64Array,
  lat: Float64Array,
  zoom: number,
  radiusPixels: number,
): number {
  const n = lng.length
  const worldSize = 512 * 2 ** zoom
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    x[i] = ((lng[i]! + 180) / 360) * worldSize
    const sin = Math.sin((lat[i]! * Math.PI) / 180)
    y[i] = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize
  }
  const taken = new Uint8Array(n)
  const r2 = radiusPixels * radiusPixels
  let groups = 0
  for (let i = 0; i < n; i++) {
    if (taken[i]) continue
    taken[i] = 1
    groups++
    for (let j = 0; j < n; j++) {
      if (taken[j]) continue
      const dx = x[j]! - x[i]!
      const dy = y[j]! - y[i]!
      if (dx * dx + dy * dy <= r2) taken[j] = 1
    }
  }
  return groups
}
