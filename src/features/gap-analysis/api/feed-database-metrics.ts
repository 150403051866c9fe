import type { DataPort } from '../../../db/port'
import { ANALYSIS_KINDS } from '../analysis-settings'
import type { ToAnalysisWorker } from '../worker/worker-messages'
import type { AssetFeedStatus } from './feed-analysis-assets'

/** Quiet time after a change to the assets before the database is asked again, ms. */
const ASK_AGAIN_AFTER_MS = 250

/**
 * Gives the worker the database's figures (the SQL twin, `port.analysis.wardAssetMetrics`) for
 * one walking distance instead of the assets themselves, and asks again after any change to the
 * assets (a burst of changes asks once). The worker ranks from them as it would from its own.
 *
 * @param port the data port (its analysis and its live asset changes)
 * @param distanceMetres the walking distance the figures are for
 * @param post sends a message to the analysis worker
 * @param report where the figures are, for the status line
 * @returns a function that stops listening
 */
export function feedDatabaseMetrics(
  port: Pick<DataPort, 'analysis' | 'assets'>,
  distanceMetres: number,
  post: (message: ToAnalysisWorker) => void,
  report: (status: AssetFeedStatus) => void,
): () => void {
  let active = true
  const ask = () =>
    Promise.all([
      port.analysis.wardAssetMetrics({ distanceMetres, kinds: ANALYSIS_KINDS }),
      port.analysis.countApprovedAssets(),
    ]).then(
      ([metrics, assetCount]) => {
        if (!active) return
        post({ type: 'metrics', distanceMetres, metrics, assetCount })
        report({ status: 'loaded' })
      },
      (error: unknown) =>
        active &&
        report({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    )
  void ask()
  let pending: ReturnType<typeof setTimeout> | undefined
  const stop = port.assets.subscribe(() => {
    clearTimeout(pending)
    pending = setTimeout(() => void ask(), ASK_AGAIN_AFTER_MS)
  })
  return () => {
    active = false
    clearTimeout(pending)
    stop()
  }
}
