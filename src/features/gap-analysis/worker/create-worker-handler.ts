import type { AnalysisRegionFile } from '../../../core/analysis/analysis-region-file'
import { ANALYSIS_KINDS } from '../analysis-settings'
import { createGapAnalysisEngine, type GapAnalysisEngine } from './gap-analysis-engine'
import type { GapAnalysisRequest } from './gap-analysis-result'
import type { FromAnalysisWorker, ResultCause, ToAnalysisWorker } from './worker-messages'

/**
 * The worker's message handling, apart from the worker itself so that it runs in Node tests:
 * messages are handled strictly in order (each waits for the one before, so assets sent while
 * the region still loads wait for it), and every change is followed by a fresh result.
 *
 * @param post sends a message to the page
 * @param loadRegion fetches the region file (getAnalysisRegion in the worker)
 * @param regionName the region's name, for the words of the reasons
 * @returns the function to call with each message
 * @example
 * const handle = createWorkerHandler((m) => self.postMessage(m), getAnalysisRegion, region.name)
 * self.onmessage = (event) => handle(event.data)
 */
export function createWorkerHandler(
  post: (message: FromAnalysisWorker) => void,
  loadRegion: (url: string) => Promise<AnalysisRegionFile>,
  regionName: string,
): (message: ToAnalysisWorker) => Promise<void> {
  let engine: GapAnalysisEngine | null = null
  let request: GapAnalysisRequest | null = null
  let queue = Promise.resolve()

  const publish = (cause: ResultCause, addMs?: number) => {
    // Without the database's figures for this walking distance yet, their arrival publishes.
    if (!engine || !request || !engine.hasFigures(request)) return
    const result = engine.compute(request)
    post({ type: 'result', result, cause, ...(addMs === undefined ? {} : { addMs }) })
  }

  const handle = async (message: ToAnalysisWorker): Promise<void> => {
    if (message.type === 'load') {
      const started = performance.now()
      const file = await loadRegion(message.url)
      engine = createGapAnalysisEngine(regionName, file.texts, ANALYSIS_KINDS)
      post({
        type: 'ready',
        prepareMs: performance.now() - started,
        wardCount: engine.wardCount,
        issues: [...engine.regionIssues],
      })
      return
    }
    if (!engine) throw new Error('The analysis region is not loaded yet.')
    switch (message.type) {
      case 'assets':
        engine.setAssets(message.assets)
        return publish('assets')
      case 'add': {
        const started = performance.now()
        const added = engine.addAsset(message.asset, message.planned)
        if (!added.ok) return post({ type: 'refused', issue: added.issue })
        return publish(message.planned ? 'planned' : 'asset-added', performance.now() - started)
      }
      case 'metrics':
        engine.setDatabaseMetrics(message.distanceMetres, message.metrics, message.assetCount)
        return publish('assets')
      case 'time-banks':
        engine.setTimeBankActivity(message.activity)
        return publish('time-banks')
      case 'schemes':
        engine.setSchemeSupply(message.supply)
        return publish('schemes')
      case 'clear-planned':
        engine.clearPlanned()
        return publish('planned')
      case 'compute':
        request = message.request
        return publish('settings')
    }
  }

  return (message) => {
    queue = queue
      .then(() => handle(message))
      .catch((error: unknown) => {
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
      })
    return queue
  }
}
