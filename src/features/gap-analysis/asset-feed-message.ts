import type { Asset } from '../../core/assets/asset'
import type { AssetListChange } from '../../core/assets/refresh-asset-view'
import { toAnalysisAssets } from './to-analysis-assets'
import type { ToAnalysisWorker } from './worker/worker-messages'

/**
 * What the analysis worker must be told so that it counts `assets`, given the list it was last
 * told about (`sent`): nothing when it is that list, one added asset when the list is `sent` plus
 * a new asset (the running analyses take it incrementally), otherwise the whole list again.
 *
 * @param sent the list the worker was last given (null: none yet)
 * @param assets the list now, as the viewer may see it
 * @param change how `assets` came from the list before it, when by one asset (else null)
 * @returns the message, or null when the worker already counts what it should; `incremental`
 *   says whether it may go at once (a full list is better sent after a burst of edits settles)
 */
export function assetFeedMessage(
  sent: readonly Asset[] | null,
  assets: readonly Asset[],
  change: AssetListChange | null,
): { message: ToAnalysisWorker | null; incremental: boolean } {
  if (assets === sent) return { message: null, incremental: true }
  const added =
    sent !== null &&
    change !== null &&
    change.base === sent &&
    !sent.some((asset) => asset.id === change.asset.id)
  if (added) {
    // A new pending asset is not supply yet: nothing to tell.
    const [point] = toAnalysisAssets([change.asset])
    return {
      message: point ? { type: 'add', asset: point, planned: false } : null,
      incremental: true,
    }
  }
  return { message: { type: 'assets', assets: toAnalysisAssets(assets) }, incremental: false }
}
