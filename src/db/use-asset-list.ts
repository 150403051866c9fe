import { useCallback, useEffect } from 'react'
import type { Asset } from '../core/assets/asset'
import type { AssetListChange } from '../core/assets/refresh-asset-view'
import { useDataPort } from './data-port-context'
import { usePortQuery } from './use-port-query'

export interface AssetListState {
  /** Null until the first list has loaded. */
  assets: Asset[] | null
  /** How `assets` came from the list before it, when by one added or changed asset (else null). */
  change: AssetListChange | null
  error: string | null
  /** Puts a saved asset into the list at once (the live notification will confirm it). */
  upsert: (asset: Asset) => void
}

// The list and how it last changed, cached together so that the two never disagree.
interface ListAndChange {
  assets: Asset[]
  change: AssetListChange | null
}

/**
 * Every asset the viewer may see, kept live: a change by anyone (another tab, another builder)
 * arrives as an id, and only that asset is read again (the cached list is changed in place, not
 * read again whole). An asset that can no longer be read (e.g. it became sensitive) leaves it.
 * One cache for the app: the map's assets and the gap analysis in the browser share the read.
 *
 * @param options.enabled - false to neither read nor listen (e.g. while the analysis runs in the
 *   database instead)
 */
export function useAssetList({ enabled = true }: { enabled?: boolean } = {}): AssetListState {
  const { value, error, update } = usePortQuery(
    ['assets', 'list'],
    async (port): Promise<ListAndChange> => ({ assets: await port.assets.list(), change: null }),
    { enabled },
  )

  const upsert = useCallback(
    (asset: Asset) =>
      update((current) => {
        if (!current) return current
        const list = current.assets
        const at = list.findIndex((a) => a.id === asset.id)
        // An older notification arriving after a newer save must not roll the list back.
        if (at !== -1 && list[at]!.version > asset.version) return current
        const next = [...list]
        next[at === -1 ? next.length : at] = asset
        // Said, so that the list view updates its index and order for this asset alone.
        return { assets: next, change: { base: list, asset } }
      }),
    [update],
  )

  const data = useDataPort()
  const port = data.status === 'ready' ? data.port : null
  useEffect(() => {
    if (!port || !enabled) return
    let listening = true
    const stop = port.assets.subscribe((event) => {
      port.assets.get(event.assetId).then(
        (asset) => listening && upsert(asset),
        () =>
          listening &&
          update((current) =>
            current?.assets.some((a) => a.id === event.assetId)
              ? { assets: current.assets.filter((a) => a.id !== event.assetId), change: null }
              : current,
          ),
      )
    })
    return () => {
      listening = false
      stop()
    }
  }, [port, enabled, upsert, update])

  return { assets: value?.assets ?? null, change: value?.change ?? null, error, upsert }
}
