// Child process for `npm run bench -- analysis`: runs one side of the 1M-asset case and prints its
// peak resident set size (getrusage maxRSS, the whole process: Node, tsx, the region, the inputs).
//   fast  — the full analysis (counts, rates, coverage, reach) of 1,000,000 generated assets;
//   naive — the same assets as Turf points and a sample of the naive Turf loops (its memory does
//           not depend on how much of its loops runs: it holds every asset as a GeoJSON Feature).
import { ASSET_KINDS } from '../../src/core/assets/asset'
import { computeNaiveWardMetrics } from '../../src/core/analysis/compute-naive-ward-metrics'
import { createWardAnalysis } from '../../src/core/analysis/create-ward-analysis'
import { generateClusteredAssets } from '../../src/core/analysis/generate-clustered-assets'
import { listWardMetrics } from '../../src/core/analysis/list-ward-metrics'
import { prepareProximity } from '../../src/core/analysis/prepare-proximity'
import { prepareRegion } from '../../src/core/analysis/prepare-region'
import { loadBenchRegion } from './load-bench-region'

const mode = process.argv[2]
const count = Number(process.argv[3] ?? 1_000_000)
const { input, anchors, wardFeatures } = loadBenchRegion()
const assets = generateClusteredAssets(anchors.lng, anchors.lat, count, ASSET_KINDS, { seed: 99 })
const beforeMB = process.memoryUsage().rss / 1e6
if (mode === 'fast') {
  const region = prepareRegion(input)
  const analysis = createWardAnalysis(region, prepareProximity(region), assets)
  listWardMetrics(analysis)
} else if (mode === 'naive') {
  computeNaiveWardMetrics(wardFeatures, input.residents, assets, {
    assetStride: Math.ceil(count / 200),
    residentStride: 500,
  })
} else {
  throw new Error(`mode must be fast or naive, not ${mode}`)
}
const peakMB = (process.resourceUsage().maxRSS * 1024) / 1e6
process.stdout.write(JSON.stringify({ mode, count, peakMB, beforeMB }) + '\n')
