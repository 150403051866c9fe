import { useCallback, useEffect, useState } from 'react'
import type { Asset, NewAsset } from '../../../core/assets/asset'
import { useDataPort } from '../../../db/data-port-context'

/** The assets the user may see, with a way to add one; `null` while the database starts. */
export function useAssets() {
  const state = useDataPort()
  const port = state.status === 'ready' ? state.port : null
  const [assets, setAssets] = useState<Asset[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!port) return
    let active = true
    port.listAssets().then(
      (rows) => active && setAssets(rows),
      (failure: Error) => active && setError(failure.message),
    )
    return () => {
      active = false
    }
  }, [port])

  const createAsset = useCallback(
    async (input: NewAsset) => {
      if (!port) throw new Error('The database is still starting; try again in a moment.')
      const asset = await port.createAsset(input)
      setAssets((current) => [...(current ?? []).filter((a) => a.id !== asset.id), asset])
      return asset
    },
    [port],
  )

  return { assets, error, ready: port !== null, createAsset }
}
