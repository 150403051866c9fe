// Asset browsing figures (issue "Asset mapping"): with 50,000 assets, the time to index and cluster
// them as MapLibre does (Supercluster, from @maplibre/geojson-vt, the copy maplibre-gl runs in its
// worker) and to re-filter them per keystroke with the app's indexed filter; against, in the same
// run, naive greedy pixel-distance grouping (all pairs, per zoom) and a linear re-scan that folds
// every asset's text again on each keystroke.
import { Supercluster } from '@maplibre/geojson-vt'
import { anyAssetFilter, createAssetIndex, filterAssets } from '../../src/core/assets/filter-assets'
import type { AssetFilter } from '../../src/core/assets/filter-assets'
import type { Asset } from '../../src/core/assets/asset'
import { refreshAssetView, type AssetViewInput } from '../../src/core/assets/refresh-asset-view'
import { sortAssets } from '../../src/core/assets/sort-assets'
import { toAssetFeatures } from '../../src/core/assets/to-asset-features'
import { loadBenchRegion } from '../analysis/load-bench-region'
import { makeBenchAssets } from '../assets/make-bench-assets'
import { clusterNaively, filterAssetsNaively } from '../assets/naive-asset-baselines'
import { benchRow, median, type BenchGroup, type BenchRow } from '../bench-row'

const COUNT = 50_000
/** MapLibre's defaults: clusterMaxZoom 14, clusterRadius 50 px of a 512 px tile at extent 8192. */
const MAX_ZOOM = 14
const RADIUS_PX = 50
const NAIVE_SAMPLE = 5_000
const TYPED = 'village hall'
const ESSEX_BBOX: [number, number, number, number] = [-0.02, 51.45, 1.3, 52.1]

function time<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now()
  const value = work()
  return { ms: performance.now() - started, value }
}

function clusterAsMapLibre(features: ReturnType<typeof toAssetFeatures>['features']) {
  const index = new Supercluster({ maxZoom: MAX_ZOOM, radius: RADIUS_PX * 16, extent: 8192 })
  index.load(features)
  return index
}

const group: BenchGroup = {
  name: 'assets',
  async run(): Promise<BenchRow[]> {
    const region = loadBenchRegion()
    const wardCodes = region.wardFeatures.map((ward) => String(ward.properties?.ward_code ?? ''))
    const rows: BenchRow[] = []
    const assets = makeBenchAssets(region.anchors, wardCodes, COUNT, 7)

    // Shaping the assets as GeoJSON for the map source.
    const shaping = median(Array.from({ length: 7 }, () => time(() => toAssetFeatures(assets)).ms))
    const features = toAssetFeatures(assets).features
    rows.push(benchRow('assets.to_features.50k', 'ms', shaping))

    // Clustering: Supercluster's index over every zoom 0–14, then what a view of Essex asks for.
    for (let warm = 0; warm < 2; warm++) clusterAsMapLibre(features)
    const loads = Array.from({ length: 5 }, () => time(() => clusterAsMapLibre(features)).ms)
    const index = clusterAsMapLibre(features)
    const queries = Array.from(
      { length: 5 },
      () =>
        time(() => {
          for (let zoom = 8; zoom <= MAX_ZOOM; zoom++) index.getClusters(ESSEX_BBOX, zoom)
        }).ms,
    )
    const sampleLng = new Float64Array(NAIVE_SAMPLE)
    const sampleLat = new Float64Array(NAIVE_SAMPLE)
    const step = COUNT / NAIVE_SAMPLE
    for (let i = 0; i < NAIVE_SAMPLE; i++) {
      const asset = assets[Math.floor(i * step)]!
      sampleLng[i] = asset.lngLat![0]
      sampleLat[i] = asset.lngLat![1]
    }
    const naiveSample = time(() => {
      for (let zoom = 0; zoom <= MAX_ZOOM; zoom++) {
        clusterNaively(sampleLng, sampleLat, zoom, RADIUS_PX)
      }
    }).ms
    const scale = (COUNT / NAIVE_SAMPLE) ** 2
    rows.push(
      benchRow(
        'assets.cluster.index_all_zooms.50k',
        'ms',
        median(loads),
        naiveSample * scale,
        `Supercluster as MapLibre runs it; baseline: greedy all-pairs grouping per zoom 0–14, timed on a ${NAIVE_SAMPLE.toLocaleString('en-GB')} sample (${naiveSample.toFixed(0)} ms) and scaled by (n/sample)² = ${scale}`,
      ),
      benchRow(
        'assets.cluster.view_essex_z8_to_z14',
        'ms',
        median(queries),
        null,
        'getClusters over the Essex extent at each zoom 8–14, after indexing',
      ),
    )

    // Filtering per keystroke: typing "village hall" with two kinds and one status chosen.
    const facets: AssetFilter = {
      ...anyAssetFilter,
      kinds: ['physical_space', 'association'],
      statuses: ['approved'],
    }
    const keystrokes = Array.from({ length: TYPED.length }, (_, i) => TYPED.slice(0, i + 1))
    const build = median(Array.from({ length: 5 }, () => time(() => createAssetIndex(assets)).ms))
    const fast: number[] = []
    const naive: number[] = []
    let agree = true
    for (let round = 0; round < 5; round++) {
      const filterIndex = createAssetIndex(assets)
      for (const text of keystrokes) {
        const a = time(() => filterAssets(filterIndex, { ...facets, text }))
        const b = time(() => filterAssetsNaively(assets, { ...facets, text }))
        fast.push(a.ms)
        naive.push(b.ms)
        if (a.value.length !== b.value.length || a.value.some((x, i) => x !== b.value[i])) {
          agree = false
        }
      }
    }
    const facetOnly = createAssetIndex(assets)
    const facetFast = median(
      Array.from({ length: 9 }, () => time(() => filterAssets(facetOnly, facets)).ms),
    )
    const facetNaive = median(
      Array.from({ length: 9 }, () => time(() => filterAssetsNaively(assets, facets)).ms),
    )
    rows.push(
      benchRow('assets.filter.index_build.50k', 'ms', build, null, 'once per list change'),
      benchRow(
        'assets.filter.per_keystroke.50k',
        'ms',
        median(fast),
        median(naive),
        `median over typing "${TYPED}" with 2 kinds + 1 status, 5 rounds; baseline: linear re-scan folding text per keystroke; ${agree ? 'same results' : 'RESULTS DIFFER'}`,
      ),
      benchRow(
        'assets.filter.facets_only.50k',
        'ms',
        facetFast,
        facetNaive,
        'kind + status change, no text; baseline: linear scan',
      ),
      benchRow(
        'assets.sort.by_name.50k',
        'ms',
        median(
          Array.from(
            { length: 5 },
            () =>
              time(() =>
                sortAssets(assets, 'name', 'ascending', {
                  kind: (a) => a.kind,
                  ward: (a) => a.wardCode ?? '',
                }),
              ).ms,
          ),
        ),
      ),
    )
    rows.push(timeUpdateOne(assets))
    return rows
  },
}

/**
 * One live change to 50,000 assets (half of them edits of a shown asset, half new pins): the list
 * view updated for that asset (refreshAssetView), against rebuilding index, filter and sort.
 */
function timeUpdateOne(assets: readonly Asset[]): BenchRow {
  const input: AssetViewInput = {
    assets,
    change: null,
    filter: { ...anyAssetFilter, statuses: ['pending', 'approved'] },
    sortBy: 'name',
    direction: 'ascending',
    labels: { kind: (a) => a.kind, ward: (a) => a.wardCode ?? '' },
  }
  let view = refreshAssetView(null, input)
  const incremental: number[] = []
  const steps: { input: AssetViewInput; sorted: readonly Asset[] }[] = []
  for (let step = 0; step < 40; step++) {
    const base = view.input.assets
    const source = base[(step * 7919) % base.length]!
    const asset =
      step % 2 === 0
        ? { ...source, name: `${source.name} (renamed ${step})`, version: source.version + 1 }
        : { ...source, id: `bench-new-${step}`, name: `New pin ${step}` }
    const fast = time(() => {
      // The list's own upsert (use-asset-list.ts), then the view.
      const at = base.findIndex((a) => a.id === asset.id)
      const next = [...base]
      next[at === -1 ? next.length : at] = asset
      return refreshAssetView(view, { ...view.input, assets: next, change: { base, asset } })
    })
    incremental.push(fast.ms)
    view = fast.value
    steps.push({ input: view.input, sorted: view.sorted })
  }
  // The rebuilds apart, so that their garbage is not collected during the incremental timings.
  const rebuild: number[] = []
  let agree = true
  for (const step of steps.filter((_, i) => i % 4 === 0)) {
    const full = time(() => refreshAssetView(null, { ...step.input, change: null }))
    rebuild.push(full.ms)
    if (full.value.sorted.some((a, i) => a !== step.sorted[i])) agree = false
  }
  return benchRow(
    'assets.update_one.50k',
    'ms',
    median(incremental),
    median(rebuild),
    `one asset edited or added (list copy, index, filter, sort); 40 changes; baseline: rebuild of index, filter and sort (10 of the changes); ${agree ? 'same table' : 'TABLES DIFFER'}`,
  )
}

export default group
