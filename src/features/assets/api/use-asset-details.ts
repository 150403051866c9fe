import { useEffect, useState } from 'react'
import type { AssetDetails } from '../../../core/assets/asset'
import type { DataPort } from '../../../db/port'

/**
 * One asset with its private contact (where the viewer may see it), read again whenever its
 * version changes, so the details never show an older save than the list.
 */
export function useAssetDetails(
  port: DataPort | null,
  id: string | null,
  version: number | null,
): { details: AssetDetails | null; error: string | null } {
  const [state, setState] = useState<{
    key: string
    details: AssetDetails | null
    error: string | null
  } | null>(null)
  const key = `${id}@${version}`
  useEffect(() => {
    if (!port || !id) return
    let active = true
    port.assets.get(id).then(
      (details) => active && setState({ key, details, error: null }),
      (error: Error) => active && setState({ key, details: null, error: error.message }),
    )
    return () => {
      active = false
    }
  }, [port, id, key])
  // While a newer version is read, the older one of the same asset stays on show.
  if (!state || !state.key.startsWith(`${id}@`)) return { details: null, error: null }
  return { details: state.details, error: state.error }
}
