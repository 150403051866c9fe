// 50,000 assets shaped like real ones for the assets benchmark: clustered around Essex postcodes
// (seeded), with names, descriptions, tags and statuses drawn from small word lists.
import type { Asset } from '../../src/core/assets/asset'
import { PINNABLE_KINDS } from '../../src/core/assets/asset-kind-style'
import { createSeededRandom } from '../../src/core/analysis/create-seeded-random'
import { generateClusteredAssets } from '../../src/core/analysis/generate-clustered-assets'
import type { ResidentPoints } from '../../src/core/analysis/types'

const PLACES = ['Writtle', 'Braintree', 'Harlow', 'Clacton', 'Maldon', 'Saffron Walden', 'Basildon']
const NOUNS = ['Village Hall', 'Community Garden', 'Food Bank', 'Library', 'Choir', 'Men’s Shed']
const NOUNS2 = ['Repair Café', 'Youth Club', 'Allotments', 'Church', 'Surgery', 'Museum', 'Market']
const TAGS = ['venue', 'hire', 'youth', 'older people', 'free', 'family', 'outdoors', 'food']
const WORDS = 'meets weekly welcomes everyone tea coffee garden music repair lunch club'.split(' ')

/** Makes `count` assets around the anchors, reproducibly for a seed. */
export function makeBenchAssets(
  anchors: ResidentPoints,
  wardCodes: readonly string[],
  count: number,
  seed: number,
): Asset[] {
  const points = generateClusteredAssets(anchors.lng, anchors.lat, count, PINNABLE_KINDS, { seed })
  const random = createSeededRandom(seed + 1)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const assets: Asset[] = []
  for (let i = 0; i < count; i++) {
    const stamp = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 3e10)).toISOString()
    assets.push({
      id: `bench-${i}`,
      name: `${pick(PLACES)} ${pick(random() < 0.5 ? NOUNS : NOUNS2)} ${i}`,
      kind: PINNABLE_KINDS[points.category[i]!]!,
      subtype: null,
      description: Array.from({ length: 8 }, () => pick(WORDS)).join(' '),
      openingTimes: '',
      accessibility: '',
      website: null,
      tags: [pick(TAGS), pick(TAGS)],
      lngLat: [points.lng[i]!, points.lat[i]!],
      wardCode: pick(wardCodes),
      status: random() < 0.85 ? 'approved' : 'pending',
      statusReason: null,
      isSensitive: false,
      workshopId: null,
      lastVerifiedAt: null,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    })
  }
  return assets
}
