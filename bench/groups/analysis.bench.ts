// Gap analysis figures (issue "Gap analysis"): the full ward analysis of all Essex wards — ward
// assignment from raw points, counts, rates, walking coverage and reach for the six ABCD kinds —
// for 1k…1M generated assets clustered around Essex postcodes (seeded), residents at the real LSOA
// population-weighted centroids; against the naive Turf computation in the same run.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ASSET_KINDS } from '../../src/core/assets/asset'
import { bucketAssets } from '../../src/core/analysis/bucket-assets'
import { computeNaiveWardMetrics } from '../../src/core/analysis/compute-naive-ward-metrics'
import { computeResidentReach } from '../../src/core/analysis/compute-resident-reach'
import { createWardAnalysis } from '../../src/core/analysis/create-ward-analysis'
import { generateClusteredAssets } from '../../src/core/analysis/generate-clustered-assets'
import { keyAssets } from '../../src/core/analysis/key-assets'
import { listWardMetrics } from '../../src/core/analysis/list-ward-metrics'
import { prepareProximity } from '../../src/core/analysis/prepare-proximity'
import { prepareRegion } from '../../src/core/analysis/prepare-region'
import { toTurfPoints } from '../../src/core/analysis/to-turf-points'
import type { AssetPoints, PreparedRegion } from '../../src/core/analysis/types'
import type { ProximityIndex } from '../../src/core/analysis/proximity-index'
import type { WardAnalysis } from '../../src/core/analysis/ward-analysis'
import { lookupWard } from '../../src/core/geo/lookup-ward'
import { repoRoot } from '../../scripts/lib/paths'
import { benchRow, median, type BenchGroup, type BenchRow } from '../bench-row'
import { loadBenchRegion, type BenchRegion } from '../analysis/load-bench-region'
import { timeGridFloor } from '../analysis/time-grid-floor'

const SIZES = [
  { label: '1k', count: 1_000, repeats: 21 },
  { label: '10k', count: 10_000, repeats: 15 },
  { label: '100k', count: 100_000, repeats: 11 },
  { label: '1m', count: 1_000_000, repeats: 7 },
]
/** How much of the naive loops to time: about this many point-in-polygon tests and distances. */
const NAIVE_ASSETS = 4_000
const NAIVE_PAIRS = 4_000_000
/** Times each naive sample is run (median taken). */
const NAIVE_REPEATS = 3

const group: BenchGroup = {
  name: 'analysis',
  async run(): Promise<BenchRow[]> {
    const data = loadBenchRegion()
    const rows: BenchRow[] = []
    const { region, proximity } = timeRegionIndex(data, rows)
    const generate = (count: number, seed: number): AssetPoints =>
      generateClusteredAssets(data.anchors.lng, data.anchors.lat, count, ASSET_KINDS, { seed })
    // Warm the JIT on a few small runs so the first timed size is not penalised.
    for (let seed = 0; seed < 5; seed++) fullAnalysis(region, proximity, generate(20_000, seed))

    let fullAt100k = Number.NaN
    for (const size of SIZES) {
      const countsCoverage: number[] = []
      const full: number[] = []
      const reach: number[] = []
      let last: AssetPoints | null = null
      for (let r = 0; r < size.repeats; r++) {
        // A fresh asset set each time: nothing about it is cached between runs.
        const assets = generate(size.count, 1000 + r)
        countsCoverage.push(
          time(() =>
            listWardMetrics(createWardAnalysis(region, proximity, assets, { reach: false })),
          ),
        )
        full.push(time(() => fullAnalysis(region, proximity, assets)))
        reach.push(time(() => reachOnly(region, proximity, assets)))
        last = assets
      }
      const naive = timeNaive(data, region, proximity, last!)
      const note = `${naive.note}; ${naive.agrees ? 'same answers as the fast run on the sample' : 'MISMATCH with the fast run on the sample'}`
      const fullMs = median(full)
      if (size.label === '100k') {
        fullAt100k = fullMs
        rows.push(
          benchRow(
            'analysis.grid_floor.100k',
            'ms',
            timeGridFloor(region.lookup, (seed) => generate(size.count, seed), size.repeats),
            naive.countsMs + naive.distancesMs,
            'not an analysis: one pass reading each asset, its ward grid cell and marking it, nothing more; the least a grid method spends here, so its ratio is the most any can reach',
          ),
        )
      }
      rows.push(
        benchRow(
          `analysis.counts_coverage.${size.label}`,
          'ms',
          median(countsCoverage),
          naive.countsMs + naive.distancesMs,
          note,
        ),
        benchRow(
          `analysis.reach.${size.label}`,
          'ms',
          median(reach),
          naive.distancesMs,
          'reach alone from raw points (keying, bucketing, 1 km counts); baseline: the naive distance loop',
        ),
        benchRow(
          `analysis.full.${size.label}`,
          'ms',
          fullMs,
          naive.countsMs + naive.distancesMs,
          'counts, rates, coverage and reach; baseline: naive point-in-polygon + one distance loop for both',
        ),
      )
    }
    rows.push(timeAddOne(region, proximity, generate, fullAt100k))
    rows.push(...measurePeakMemory())
    return rows
  },
}
export default group

function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

function fullAnalysis(
  region: PreparedRegion,
  proximity: ProximityIndex,
  assets: AssetPoints,
): WardAnalysis {
  const analysis = createWardAnalysis(region, proximity, assets)
  listWardMetrics(analysis)
  return analysis
}

function reachOnly(
  region: PreparedRegion,
  proximity: ProximityIndex,
  assets: AssetPoints,
): Int32Array {
  const categories = assets.categories.length
  const reach = new Int32Array(region.residents.lng.length * categories)
  const keyed = keyAssets(proximity, assets, 0, categories)
  const buckets = bucketAssets(proximity, assets, keyed)
  computeResidentReach(proximity, region.residents, keyed, buckets, reach, categories)
  return reach
}

/** Structures that depend only on the region (and the walking distance): built once, kept. */
function timeRegionIndex(data: BenchRegion, rows: BenchRow[]) {
  const builds: number[] = []
  let region: PreparedRegion | null = null
  let proximity: ProximityIndex | null = null
  for (let r = 0; r < 5; r++) {
    builds.push(
      time(() => {
        region = prepareRegion(data.input)
        proximity = prepareProximity(region)
      }),
    )
  }
  const r = region! as PreparedRegion
  const p = proximity! as ProximityIndex
  const bytes = [
    r.lookup.cells,
    r.lookup.boundaryStart,
    r.lookup.boundaryData,
    r.residentWard,
    r.wardResidentOffsets,
    r.wardResidents,
    p.slotOfCell,
    p.offsetColumn,
    p.offsetRow,
    p.activeResidents,
    p.residentColumn,
    p.residentRow,
    p.residentCos,
    p.residentSin,
    p.slotResidentOffsets,
    p.slotResidents,
  ].reduce((sum, array) => sum + array.byteLength, 0)
  const grid = `${r.lookup.columns}×${r.lookup.rows} lookup cells (${r.lookup.boundaryStart.length} on boundaries), ${p.columns}×${p.rows} proximity cells (${p.slotCount} within reach of residents)`
  rows.push(
    benchRow(
      'analysis.region_index.build',
      'ms',
      median(builds),
      null,
      `ward lookup grid + proximity grid, from parsed files; ${grid}`,
    ),
    benchRow('analysis.region_index.size', 'MB', bytes / 1e6, null, 'typed arrays kept per region'),
  )
  return { region: r, proximity: p }
}

/**
 * The naive Turf computation: booleanPointInPolygon of every asset against every ward, and
 * turf.distance from every resident to every asset (one loop giving coverage and reach). Its outer
 * loops are timed on a systematic sample (every n-th asset, every m-th resident) and scaled up.
 */
function timeNaive(
  data: BenchRegion,
  region: PreparedRegion,
  proximity: ProximityIndex,
  assets: AssetPoints,
) {
  const n = assets.lng.length
  const residents = region.residents
  const features = toTurfPoints(assets)
  const assetStride = Math.max(1, Math.floor(n / NAIVE_ASSETS))
  const residentStride = Math.max(1, Math.round((residents.lng.length * n) / NAIVE_PAIRS))
  let counted = computeNaiveWardMetrics(data.wardFeatures, residents, assets, {
    assetStride: 0,
    residentStride: 0,
    assetFeatures: features,
  })
  // Each sample timed NAIVE_REPEATS times and the median taken, as the fast side is.
  const countsSampleMs = median(
    Array.from({ length: NAIVE_REPEATS }, () =>
      time(() => {
        counted = computeNaiveWardMetrics(data.wardFeatures, residents, assets, {
          assetStride,
          residentStride: 0,
          assetFeatures: features,
        })
      }),
    ),
  )
  let measured = counted
  const distancesSampleMs = median(
    Array.from({ length: NAIVE_REPEATS }, () =>
      time(() => {
        measured = computeNaiveWardMetrics(data.wardFeatures, residents, assets, {
          assetStride: 0,
          residentStride,
          assetFeatures: features,
        })
      }),
    ),
  )
  const sampledAssets = Math.ceil(n / assetStride)
  const sampledResidents = Math.ceil(residents.lng.length / residentStride)
  // Check the sample against the fast analysis of the same assets.
  const fast = fullAnalysis(region, proximity, assets)
  let agrees = true
  for (let j = 0; j < n; j += assetStride) {
    if (counted.assetWard[j] !== lookupWard(region.lookup, assets.lng[j]!, assets.lat[j]!))
      agrees = false
  }
  const K = assets.categories.length
  for (let i = 0; i < residents.lng.length; i += residentStride) {
    for (let c = 0; c < K; c++) {
      const at = i * K + c
      if (measured.residentCovered[at] !== fast.residentCovered[at]) agrees = false
      if (measured.residentReach[at] !== fast.residentReach![at]) agrees = false
    }
  }
  const scaled =
    assetStride === 1 && residentStride === 1
      ? `full naive loops, median of ${NAIVE_REPEATS}`
      : `naive timed on every ${assetStride}th asset (${sampledAssets}) and every ${residentStride}th resident (${sampledResidents} × ${n} distances), median of ${NAIVE_REPEATS}, scaled`
  return {
    countsMs: countsSampleMs * (n / sampledAssets),
    distancesMs: distancesSampleMs * (residents.lng.length / sampledResidents),
    note: scaled,
    agrees,
  }
}

function timeAddOne(
  region: PreparedRegion,
  proximity: ProximityIndex,
  generate: (count: number, seed: number) => AssetPoints,
  fullAt100k: number,
): BenchRow {
  const analysis = fullAnalysis(region, proximity, generate(100_000, 7))
  const extra = generate(2_000, 8)
  const times: number[] = []
  for (let i = 0; i < extra.lng.length; i++) {
    const asset = {
      lng: extra.lng[i]!,
      lat: extra.lat[i]!,
      category: extra.categories[extra.category[i]!]!,
    }
    const started = performance.now()
    analysis.addAsset(asset)
    times.push(performance.now() - started)
  }
  return benchRow(
    'analysis.add_one',
    'ms',
    median(times),
    fullAt100k,
    'one asset added to a 100k analysis (count, coverage, reach, ward sums); baseline: full recompute at 100k',
  )
}

/** Peak RSS of the 1M case, each side in its own child process (getrusage maxRSS). */
function measurePeakMemory(): BenchRow[] {
  const peak = (mode: string): { peakMB: number; beforeMB: number } => {
    const child = spawnSync(
      join(repoRoot, 'node_modules', '.bin', 'tsx'),
      [join(repoRoot, 'bench', 'analysis', 'peak-memory-child.ts'), mode, '1000000'],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    )
    if (child.status !== 0) throw new Error(`peak-memory child (${mode}) failed: ${child.stderr}`)
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      peakMB: number
      beforeMB: number
    }
  }
  const fast = peak('fast')
  const naive = peak('naive')
  return [
    benchRow(
      'analysis.peak_memory.1m',
      'MB',
      fast.peakMB,
      naive.peakMB,
      `peak RSS of the whole process (Node, tsx, region, 1M input arrays: ${fast.beforeMB.toFixed(0)} MB before analysing); baseline: naive with the assets as Turf points`,
    ),
  ]
}
