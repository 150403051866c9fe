import { useEffect, useRef, useState } from 'react'
import type { Asset } from '../../../core/assets/asset'
import { useAssetList } from '../../../db/use-asset-list'
import { assetFeedMessage } from '../asset-feed-message'
import type { ToAnalysisWorker } from '../worker/worker-messages'

/** Where the database's assets are for the analysis. */
export type AssetFeedStatus = { status: 'waiting' | 'loaded' | 'failed'; message?: string }

/** Quiet time after an edit, approval or removal before the whole list is sent again, ms. */
const SEND_AGAIN_AFTER_MS = 250

/**
 * Gives the worker the assets the viewer may see (the app's one live asset list), then keeps it
 * current: a new asset is added to the running analysis by itself (incremental); after an edit,
 * approval or removal the whole list goes again, once a burst of them settles.
 *
 * @param post sends a message to the analysis worker (null: no worker, send nothing)
 * @param enabled false while the analysis runs in the database instead
 * @param accept told how many approved assets the list holds, to notice a list cut short;
 *   returning false keeps that list from the worker
 * @returns where the assets are, for the status line
 */
export function useBrowserAssetFeed(
  post: ((message: ToAnalysisWorker) => void) | null,
  enabled: boolean,
  accept: (approved: number) => boolean,
): AssetFeedStatus {
  const { assets, change, error } = useAssetList({ enabled })
  const sent = useRef<{ post: unknown; assets: readonly Asset[] } | null>(null)
  const [loaded, setLoaded] = useState<readonly Asset[] | null>(null)
  const acceptRef = useRef(accept)
  useEffect(() => {
    acceptRef.current = accept
  })

  useEffect(() => {
    // While the database's figures feed the worker, it ranks from those: back here, it is given
    // the whole list again.
    if (!enabled) sent.current = null
    if (!enabled || !post || !assets) return
    const approved = assets.filter((asset) => asset.status === 'approved').length
    if (!acceptRef.current(approved)) return
    // A new worker (or none yet) was given nothing.
    const last = sent.current?.post === post ? sent.current.assets : null
    const { message, incremental } = assetFeedMessage(last, assets, change)
    const send = () => {
      if (message) post(message)
      sent.current = { post, assets }
      setLoaded(assets)
    }
    if (incremental || last === null) {
      send()
      return
    }
    const pending = setTimeout(send, SEND_AGAIN_AFTER_MS)
    return () => clearTimeout(pending)
  }, [enabled, post, assets, change])

  if (error !== null) return { status: 'failed', message: error }
  return loaded !== null && enabled ? { status: 'loaded' } : { status: 'waiting' }
}
