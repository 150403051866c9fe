import type { AssetPhoto } from '../../../core/photos/asset-photo'
import { usePortQuery } from '../../../db/use-port-query'

/**
 * The asset's photo (null when it has none), read again when the asset's version or `revision`
 * changes (a photo saved from the editor). `loaded` is false while the first read is under way,
 * so that an editor does not start without the photo it should show.
 */
export function useAssetPhoto(
  id: string | null,
  version: number | null,
  revision: number,
): { photo: AssetPhoto | null; loaded: boolean; error: string | null } {
  // While a newer read of the same asset is under way, the photo already read stays on show.
  const { read } = usePortQuery(
    ['assets', 'photo', id, version, revision],
    (port) => (id ? port.photos.get(id) : Promise.resolve(null)),
    { enabled: id !== null, keep: 3 },
  )
  if (!id || read.status === 'loading') return { photo: null, loaded: false, error: null }
  if (read.status === 'failed') return { photo: null, loaded: true, error: read.message }
  return { photo: read.value, loaded: true, error: null }
}
