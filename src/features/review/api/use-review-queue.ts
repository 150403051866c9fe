import { useState } from 'react'
import type { Asset } from '../../../core/assets/asset'
import type { ChangeReport, DuplicateCandidate } from '../../../core/assets/asset-review'
import { useDataPort } from '../../../db/data-port-context'
import type { DataPort } from '../../../db/port'
import {
  useInvalidate,
  useInvalidateOnAssetChange,
  usePortCall,
  usePortQuery,
} from '../../../db/use-port-query'

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
  const [staleMonths, setStaleMonths] = useState(12)
  const { value, error } = usePortQuery(
    ['review', 'queue', staleMonths],
    async (port) => {
      const [all, duplicates, stale, reports] = await Promise.all([
        port.assets.list(),
        port.review.listDuplicateCandidates(),
        port.review.listStale(staleMonths),
        port.review.listChangeReports(),
      ])
      return {
        pending: all.filter((asset) => asset.status === 'pending'),
        duplicates,
        stale,
        reports: reports.filter((report) => report.resolvedAt === null),
      }
    },
    // Another choice of months keeps the queues on show until the new ones are read.
    { keep: 2 },
  )
  useInvalidateOnAssetChange(['review'])
  const call = usePortCall()
  const invalidate = useInvalidate()
  const act = async (work: (port: DataPort) => Promise<unknown>) => {
    await call(work)
    await invalidate(['review'])
  }
  return {
    ready: state.status === 'ready',
    ...(value ?? noQueues),
    staleMonths,
    setStaleMonths,
    error,
    approve: (asset) => act((port) => port.assets.setStatus(asset.id, asset.version, 'approved')),
    reject: (asset, reason) =>
      act((port) => port.assets.setStatus(asset.id, asset.version, 'rejected', reason)),
    merge: (keepId, duplicateId) => act((port) => port.review.merge(keepId, duplicateId)),
    dismissDuplicate: (firstId, secondId) =>
      act((port) => port.review.dismissDuplicate(firstId, secondId)),
    restoreDuplicate: (firstId, secondId) =>
      act((port) => port.review.restoreDuplicate(firstId, secondId)),
    markVerified: (assetId) => act((port) => port.assets.markVerified(assetId)),
    resolveReport: (reportId) => act((port) => port.review.resolveChangeReport(reportId)),
  }
}

const noQueues = { pending: [], duplicates: [], stale: [], reports: [] }
