import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../analysis/create-seeded-random'
import type { Asset, AssetKind, AssetStatus } from './asset'
import { anyAssetFilter, createAssetIndex, filterAssets, type AssetFilter } from './filter-assets'
import { refreshAssetView, type AssetView, type AssetViewInput } from './refresh-asset-view'
import { sortAssets, type AssetSortLabels } from './sort-assets'
import { testAsset } from './test-asset'

const random = createSeededRandom(42)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const KINDS: AssetKind[] = ['physical_space', 'association', 'cultural']
const STATUSES: AssetStatus[] = ['approved', 'pending', 'archived']
const NAMES = ['Village Hall', 'Café Choir', 'Food Bank', 'Library', 'hall 10', 'Hall 9']
const TAGS = ['venue', 'Hire', 'youth', 'food']
const WARDS = ['E05000001', 'E05000002', null]

function randomAsset(id: string, version = 1): Asset {
  return testAsset({
    id,
    version,
    name: pick(NAMES),
    kind: pick(KINDS),
    status: pick(STATUSES),
    wardCode: pick(WARDS),
    tags: random() < 0.5 ? [pick(TAGS)] : [pick(TAGS), pick(TAGS)],
    description: random() < 0.3 ? 'meets at the hall' : '',
    updatedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 300))).toISOString(),
  })
}

const labels: AssetSortLabels = { kind: (a) => a.kind, ward: (a) => a.wardCode ?? '' }
const filters: AssetFilter[] = [
  anyAssetFilter,
  { ...anyAssetFilter, statuses: ['pending', 'approved'] },
  { ...anyAssetFilter, kinds: ['cultural'], text: 'hall' },
  { ...anyAssetFilter, tags: ['hire'], wardCodes: ['E05000002'] },
]

/** The view built from nothing, as before any incremental update. */
function fromScratch(input: AssetViewInput) {
  const filtered = filterAssets(createAssetIndex(input.assets), input.filter)
  return {
    filtered: filtered.map((a) => a.id),
    sorted: sortAssets(filtered, input.sortBy, input.direction, input.labels).map((a) => a.id),
  }
}

/** One asset upserted the way the live list does it: replaced in place, or added last. */
function upsert(list: readonly Asset[], asset: Asset): Asset[] {
  const at = list.findIndex((a) => a.id === asset.id)
  return at === -1 ? [...list, asset] : list.map((a, i) => (i === at ? asset : a))
}

describe('refreshAssetView', () => {
  for (const filter of filters) {
    for (const [sortBy, direction] of [
      ['name', 'ascending'],
      ['updated', 'descending'],
      ['ward', 'ascending'],
    ] as const) {
      it(`after each of 200 live changes, shows what a full rebuild shows (${sortBy} ${direction}, filter ${filters.indexOf(filter)})`, () => {
        let assets = Array.from({ length: 150 }, (_, i) => randomAsset(`a${i}`))
        let view: AssetView = refreshAssetView(null, {
          assets,
          change: null,
          filter,
          sortBy,
          direction,
          labels,
        })
        for (let step = 0; step < 200; step++) {
          const changed =
            random() < 0.3 ? randomAsset(`new${step}`) : randomAsset(pick(assets).id, step + 2)
          const base = assets
          assets = upsert(base, changed)
          view = refreshAssetView(view, { ...view.input, assets, change: { base, asset: changed } })
          const expected = fromScratch(view.input)
          expect(view.filtered.map((a) => a.id)).toEqual(expected.filtered)
          expect(view.sorted.map((a) => a.id)).toEqual(expected.sorted)
        }
        // The updated index still answers any other filter as a fresh one does.
        for (const other of filters) {
          expect(filterAssets(view.index, other).map((a) => a.id)).toEqual(
            filterAssets(createAssetIndex(assets), other).map((a) => a.id),
          )
        }
      })
    }
  }

  it('rebuilds when an asset leaves the list (no single upsert describes that)', () => {
    const assets = [randomAsset('x'), randomAsset('y'), randomAsset('z')]
    const input = {
      assets,
      change: null,
      filter: anyAssetFilter,
      sortBy: 'name',
      direction: 'ascending',
      labels,
    } as const
    const view = refreshAssetView(null, input)
    const fewer = assets.slice(1)
    const next = refreshAssetView(view, { ...input, assets: fewer })
    expect(next.filtered.map((a) => a.id)).toEqual(['y', 'z'])
    expect(filterAssets(next.index, anyAssetFilter)).toHaveLength(2)
  })

  it('gives back the same view when nothing changed', () => {
    const input = {
      assets: [randomAsset('x')],
      change: null,
      filter: anyAssetFilter,
      sortBy: 'name',
      direction: 'ascending',
      labels,
    } as const
    const view = refreshAssetView(null, input)
    expect(refreshAssetView(view, { ...input })).toBe(view)
  })
})
