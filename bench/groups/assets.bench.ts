// Asset browsing figures (issue "Asset mapping"): with 50,000 assets, the time to index and cluster
// them as MapLibre does (Supercluster, from @maplibre/geojson-vt, the copy maplibre-gl runs in its
// worker) and to re-filter them per keystroke with the app's indexed filter; against, in the same
// run, naive greedy pixel-distance grouping (all pairs, per zoom) and a linear re-scan that folds
// every asset's text again on each keystroke.
import { Supercluster } from '@maplibre/geojson-vt'
import { anyAssetFilter, createAssetIndex, filterAssets } from '../../src/core/assets/filter-assets'
import type { AssetFilter } from '../../src/core/assets/filter-assets'
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
    return rows
  },
}

export default group
