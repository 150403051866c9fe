import { useEffect, useState } from 'react'
import type { AssetPhoto } from '../../../core/photos/asset-photo'
import type { DataPort } from '../../../db/port'

/**
 * The asset's photo (null when it has none), read again when the asset's version or `revision`
 * changes (a photo saved from the editor). `loaded` is false while the first read is under way,
 * so that an editor does not start without the photo it should show.
 */
export function useAssetPhoto(
  port: DataPort | null,
  id: string | null,
  version: number | null,
  revision: number,
): { photo: AssetPhoto | null; loaded: boolean; error: string | null } {
  const [state, setState] = useState<{
    key: string
    photo: AssetPhoto | null
    error: string | null
  } | null>(null)
  const key = `${id}@${version}#${revision}`
  useEffect(() => {
    if (!port || !id) return
    let active = true
    port.assets.getPhoto(id).then(
      (photo) => active && setState({ key, photo, error: null }),
      (error: Error) => active && setState({ key, photo: null, error: error.message }),
    )
    return () => {
      active = false
    }
  }, [port, id, key])
  if (!state || !state.key.startsWith(`${id}@`)) return { photo: null, loaded: false, error: null }
  // While a newer read is under way, the photo already read stays on show.
  return { photo: state.photo, loaded: true, error: state.error }
}
