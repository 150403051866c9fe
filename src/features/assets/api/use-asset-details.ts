import type { AssetDetails } from '../../../core/assets/asset'
import { usePortQuery } from '../../../db/use-port-query'

/**
 * One asset with its private contact (where the viewer may see it), read again whenever its
 * version changes, so the details never show an older save than the list.
 */
export function useAssetDetails(
  id: string | null,
  version: number | null,
): { details: AssetDetails | null; error: string | null } {
  // While a newer version is read, the older one of the same asset stays on show.
  const { read } = usePortQuery(
    ['assets', 'details', id, version],
    (port) => (id ? port.assets.get(id) : Promise.resolve(null)),
    { enabled: id !== null, keep: 3 },
  )
  if (!id || read.status === 'loading') return { details: null, error: null }
  if (read.status === 'failed') return { details: null, error: read.message }
  return { details: read.value, error: null }
}
