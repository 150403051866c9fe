import { useCallback, useEffect, useState } from 'react'
import type { Asset } from '../../../core/assets/asset'
import type { ChangeReport, DuplicateCandidate } from '../../../core/assets/asset-review'
import { useDataPort } from '../../../db/data-port-context'

export interface ReviewQueue {
  ready: boolean
  pending: Asset[]
  duplicates: DuplicateCandidate[]
  stale: Asset[]
  reports: ChangeReport[]
  staleMonths: number
  setStaleMonths: (months: number) => void
  error: string | null
  approve: (asset: Asset) => Promise<void>
  reject: (asset: Asset, reason: string) => Promise<void>
  merge: (keepId: string, duplicateId: string) => Promise<void>
  /** "Not a duplicate": the pair leaves the queue for every reviewer, for good. */
  dismissDuplicate: (firstId: string, secondId: string) => Promise<void>
  /** Takes a "Not a duplicate" back: the pair returns to the queue. */
  restoreDuplicate: (firstId: string, secondId: string) => Promise<void>
  markVerified: (assetId: string) => Promise<void>
  resolveReport: (reportId: string) => Promise<void>
}

/**
 * The curation queues: assets waiting for review, likely duplicates (similar names within
 * 100 m), assets not verified for `staleMonths` months (default 12), and changes reported by the
 * public. Read again whenever any asset changes, here or in another tab.
 */
export function useReviewQueue(): ReviewQueue {
  const state = useDataPort()
  const port = state.status === 'ready' ? state.port : null
  const [staleMonths, setStaleMonths] = useState(12)
  const [reload, setReload] = useState(0)
  const [data, setData] = useState<{
    pending: Asset[]
    duplicates: DuplicateCandidate[]
    stale: Asset[]
    reports: ChangeReport[]
  }>({ pending: [], duplicates: [], stale: [], reports: [] })
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!port) return
    return port.assets.subscribe(() => setReload((n) => n + 1))
  }, [port])

  useEffect(() => {
    if (!port) return
    let active = true
    Promise.all([
      port.assets.list(),
      port.assets.listDuplicateCandidates(),
      port.assets.listStale(staleMonths),
      port.assets.listChangeReports(),
    ]).then(
      ([all, duplicates, stale, reports]) => {
        if (!active) return
        setError(null)
        setData({
          pending: all.filter((asset) => asset.status === 'pending'),
          duplicates,
          stale,
          reports: reports.filter((report) => report.resolvedAt === null),
        })
      },
      (failure: Error) => active && setError(failure.message),
    )
    return () => {
      active = false
    }
  }, [port, staleMonths, reload])

  const act = useCallback(
    (work: () => Promise<unknown>) => async () => {
      await work()
      setReload((n) => n + 1)
    },
    [],
  )
  const need = () => {
    if (!port) throw new Error('The database is still starting; try again in a moment.')
    return port
  }
  return {
    ready: port !== null,
    ...data,
    staleMonths,
    setStaleMonths,
    error,
    approve: (asset) => act(() => need().assets.setStatus(asset.id, asset.version, 'approved'))(),
    reject: (asset, reason) =>
      act(() => need().assets.setStatus(asset.id, asset.version, 'rejected', reason))(),
    merge: (keepId, duplicateId) => act(() => need().assets.merge(keepId, duplicateId))(),
    dismissDuplicate: (firstId, secondId) =>
      act(() => need().assets.dismissDuplicate(firstId, secondId))(),
    restoreDuplicate: (firstId, secondId) =>
      act(() => need().assets.restoreDuplicate(firstId, secondId))(),
    markVerified: (assetId) => act(() => need().assets.markVerified(assetId))(),
    resolveReport: (reportId) => act(() => need().assets.resolveChangeReport(reportId))(),
  }
}
