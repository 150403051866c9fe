import { useCallback, useEffect, useState } from 'react'
import type { Asset } from '../../../core/assets/asset'
import type { DataPort } from '../../../db/port'

export interface AssetListState {
  /** Null until the first list has loaded. */
  assets: Asset[] | null
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
  const [assets, setAssets] = useState<Asset[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const upsert = useCallback((asset: Asset) => {
    setAssets((current) => {
      if (!current) return current
      const at = current.findIndex((a) => a.id === asset.id)
      if (at === -1) return [...current, asset]
      // An older notification arriving after a newer save must not roll the list back.
      if (current[at]!.version > asset.version) return current
      const next = [...current]
      next[at] = asset
      return next
    })
  }, [])

  useEffect(() => {
    if (!port) return
    let active = true
    port.assets.list().then(
      (rows) => active && setAssets(rows),
      (failure: Error) => active && setError(failure.message),
    )
    const stop = port.assets.subscribe((event) => {
      port.assets.get(event.assetId).then(
        (asset) => active && upsert(asset),
        () =>
          active && setAssets((current) => current?.filter((a) => a.id !== event.assetId) ?? null),
      )
    })
    return () => {
      active = false
      stop()
    }
  }, [port, upsert])

  return { assets, error, upsert }
}
