import { useEffect, useState } from 'react'
import type { AssetHistoryEntry } from '../../../core/assets/asset-review'
import type { DataPort } from '../../../db/port'

/** An asset's history from the audit log, read when `open` and again after each new version. */
export function useAssetHistory(
  port: DataPort | null,
  id: string,
  version: number,
  open: boolean,
): { entries: AssetHistoryEntry[] | null; error: string | null } {
  const [state, setState] = useState<{
    key: string
    entries: AssetHistoryEntry[] | null
    error: string | null
  }>({ key: '', entries: null, error: null })
  const key = `${id}@${version}`
  useEffect(() => {
    if (!port || !open) return
    let active = true
    port.assets.history(id).then(
      (entries) => active && setState({ key, entries, error: null }),
      (error: Error) => active && setState({ key, entries: null, error: error.message }),
    )
    return () => {
      active = false
    }
  }, [port, id, key, open])
  return state.key === key ? state : { entries: null, error: null }
}
