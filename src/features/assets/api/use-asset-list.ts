import { useCallback, useEffect, useState } from 'react'
import type { Asset } from '../../../core/assets/asset'
import type { AssetListChange } from '../../../core/assets/refresh-asset-view'
import type { DataPort } from '../../../db/port'

export interface AssetListState {
  /** Null until the first list has loaded. */
  assets: Asset[] | null
  /** How `assets` came from the list before it, when by one added or changed asset (else null). */
  change: AssetListChange | null
  error: string | null
  /** Puts a saved asset into the list at once (the live notification will confirm it). */
  upsert: (asset: Asset) => void
}

/**
 * Every asset the viewer may see, kept live: a change by anyone (another tab, another builder)
 * arrives as an id, and only that asset is read again. An asset that can no longer be read
 * (e.g. it became sensitive) leaves the list.
 */
export function useAssetList(port: DataPort | null): AssetListState {
  // The list and how it last changed, in one state so that the two never disagree.
  const [state, setState] = useState<{ assets: Asset[] | null; change: AssetListChange | null }>({
    assets: null,
    change: null,
  })
  const setAssets = useCallback(
    (update: (current: Asset[] | null) => Asset[] | null) =>
      setState((current) => {
        const assets = update(current.assets)
        return assets === current.assets ? current : { assets, change: null }
      }),
    [],
  )
  const [error, setError] = useState<string | null>(null)

  const upsert = useCallback((asset: Asset) => {
    setState((current) => {
      const list = current.assets
      if (!list) return current
      const at = list.findIndex((a) => a.id === asset.id)
      // An older notification arriving after a newer save must not roll the list back.
      if (at !== -1 && list[at]!.version > asset.version) return current
      const next = [...list]
      next[at === -1 ? next.length : at] = asset
      // Said, so that the list view updates its index and order for this asset alone.
      return { assets: next, change: { base: list, asset } }
    })
  }, [])

  useEffect(() => {
    if (!port) return
    let active = true
    port.assets.list().then(
      (rows) => active && setAssets(() => rows),
      (failure: Error) => active && setError(failure.message),
    )
    const stop = port.assets.subscribe((event) => {
      port.assets.get(event.assetId).then(
        (asset) => active && upsert(asset),
        () =>
          active &&
          setAssets((current) =>
            current?.some((a) => a.id === event.assetId)
              ? current.filter((a) => a.id !== event.assetId)
              : current,
          ),
      )
    })
    return () => {
      active = false
      stop()
    }
  }, [port, upsert, setAssets])

  return { assets: state.assets, change: state.change, error, upsert }
}
