import type { AssetKeys } from './key-assets'
import type { AssetPoints } from './types'

/**
 * Assets sorted by bucket key (slot, category): the coordinates of the assets with key k are pairs
 * `lngLat[2j], lngLat[2j + 1]` for j in `offsets[k] … offsets[k + 1]`.
 */
export interface AssetBuckets {
  offsets: Int32Array
  /** Interleaved longitude, latitude (degrees): one cache line per asset when scanning a bucket. */
  lngLat: Float64Array
}

/**
 * Sorts keyed assets into their buckets (the second half of a counting sort), optionally only the
 * keys flagged in `wanted`. Input order is kept within a bucket.
 *
 * @param assets the asset points
 * @param keyed from keyAssets
 * @param wanted optional per-key flags: only keys with a non-zero flag are filled
 * @returns the buckets
 * @example
 * const buckets = bucketAssets(assets, keyAssets(proximity, assets, 0, 6))
 */
export function bucketAssets(
  assets: AssetPoints,
  keyed: AssetKeys,
  wanted: Uint8Array | null = null,
): AssetBuckets {
  const { keys, counts } = keyed
  const keyCount = counts.length
  const offsets = new Int32Array(keyCount + 1)
  // Inclusive prefix sums give each bucket's end; filling backwards leaves each at its start.
  let total = 0
  for (let k = 0; k < keyCount; k++) {
    if (wanted === null || wanted[k] !== 0) total += counts[k]!
    offsets[k] = total
  }
  offsets[keyCount] = total
  const lngLat = new Float64Array(total * 2)
  const { lng, lat } = assets
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!
    if (key < 0 || (wanted !== null && wanted[key] === 0)) continue
    const at = --offsets[key]! * 2
    lngLat[at] = lng[i]!
    lngLat[at + 1] = lat[i]!
  }
  return { offsets, lngLat }
}
