import type { DataPort } from '../../../db/port'
import { toAnalysisAssets } from '../to-analysis-assets'
import type { ToAnalysisWorker } from '../worker/worker-messages'

/** Where the database's assets are for the analysis. */
export type AssetFeedStatus = { status: 'waiting' | 'loaded' | 'failed'; message?: string }

/** Quiet time after an edit, approval or removal before the asset list is read again, ms. */
const READ_AGAIN_AFTER_MS = 250

/**
 * Gives the worker the assets the viewer may see, then keeps it current: a new asset is added to
 * the running analysis by itself (incremental); an edit, approval or removal reads the list again.
 *
 * @param port the data port (its assets)
 * @param post sends a message to the analysis worker
 * @param report where the assets are, for the status line
 * @param onListed told how many approved assets each list read held, to notice a list cut short;
 *   returning false keeps that list from the worker
 * @returns a function that stops listening
 */
export function feedAnalysisAssets(
  port: Pick<DataPort, 'assets'>,
  post: (message: ToAnalysisWorker) => void,
  report: (status: AssetFeedStatus) => void,
  onListed?: (approved: number) => boolean,
): () => void {
  let active = true
  const readAll = () =>
    port.assets.list().then(
      (assets) => {
        if (!active) return
        const approved = assets.filter((asset) => asset.status === 'approved').length
        if (onListed?.(approved) === false) return
        post({ type: 'assets', assets: toAnalysisAssets(assets) })
        report({ status: 'loaded' })
      },
      (error: unknown) =>
        active &&
        report({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    )
  void readAll()
  // A burst of edits (a workshop tidying its pins) reads the list once, after the burst.
  let pending: ReturnType<typeof setTimeout> | undefined
  const readAllSoon = () => {
    clearTimeout(pending)
    pending = setTimeout(() => void readAll(), READ_AGAIN_AFTER_MS)
  }
  const stop = port.assets.subscribe((event) => {
    if (event.type !== 'created') {
      readAllSoon()
      return
    }
    port.assets.get(event.assetId).then(
      (asset) => {
        const [point] = toAnalysisAssets([asset])
        if (active && point) post({ type: 'add', asset: point, planned: false })
      },
      // Not readable by this viewer (e.g. a sensitive place): it is not theirs to count.
      () => undefined,
    )
  })
  return () => {
    active = false
    clearTimeout(pending)
    stop()
  }
}
