import type { AssetHistoryEntry } from '../../../core/assets/asset-review'
import { usePortQuery } from '../../../db/use-port-query'

/** An asset's history from the audit log, read when `open` and again after each new version. */
export function useAssetHistory(
  id: string,
  version: number,
  open: boolean,
): { entries: AssetHistoryEntry[] | null; error: string | null } {
  const { read } = usePortQuery(
    ['assets', 'history', id, version],
    (port) => port.review.history(id),
    { enabled: open },
  )
  if (read.status === 'failed') return { entries: null, error: read.message }
  return { entries: read.status === 'ready' ? read.value : null, error: null }
}
