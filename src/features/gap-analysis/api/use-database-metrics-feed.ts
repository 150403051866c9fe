import { useEffect } from 'react'
import { useInvalidateOnAssetChange, usePortQuery } from '../../../db/use-port-query'
import { ANALYSIS_KINDS } from '../analysis-settings'
import type { ToAnalysisWorker } from '../worker/worker-messages'
import type { AssetFeedStatus } from './use-browser-asset-feed'

/** Quiet time after a change to the assets before the database is asked again, ms. */
const ASK_AGAIN_AFTER_MS = 250

/**
 * Gives the worker the database's figures (the SQL twin, `port.analysis.wardAssetMetrics`) for
 * one walking distance instead of the assets themselves, and asks again after any change to the
 * assets (a burst of changes asks once). The worker ranks from them as it would from its own.
 *
 * @param post sends a message to the analysis worker (null: no worker, send nothing)
 * @param enabled true when the analysis runs in the database
 * @param distanceMetres the walking distance the figures are for
 * @returns where the figures are, for the status line
 */
export function useDatabaseMetricsFeed(
  post: ((message: ToAnalysisWorker) => void) | null,
  enabled: boolean,
  distanceMetres: number,
): AssetFeedStatus {
  const { value, error } = usePortQuery(
    ['analysis', 'ward-metrics', distanceMetres],
    async (port): Promise<Extract<ToAnalysisWorker, { type: 'metrics' }>> => {
      const [metrics, assetCount] = await Promise.all([
        port.analysis.wardAssetMetrics({ distanceMetres, kinds: ANALYSIS_KINDS }),
        port.analysis.countApprovedAssets(),
      ])
      return { type: 'metrics', distanceMetres, metrics, assetCount }
    },
    // While another distance's figures are read, the last ones stay with the worker.
    { enabled, keep: 2 },
  )
  useInvalidateOnAssetChange(['analysis', 'ward-metrics'], {
    enabled,
    quietMs: ASK_AGAIN_AFTER_MS,
  })
  useEffect(() => {
    if (enabled && post && value) post(value)
  }, [enabled, post, value])

  if (error !== null) return { status: 'failed', message: error }
  return value ? { status: 'loaded' } : { status: 'waiting' }
}
