import { useCallback } from 'react'
import type { ReviewItem } from '../../../core/residents/resident-offer'
import { usePortCall, usePortQuery, type ReadState } from '../../../db/use-port-query'

/** The builders' queue of residents' offers, and approving or rejecting one (read again after). */
export function useOffersForReview(): {
  queue: ReadState<ReviewItem[]>
  review: (residentId: string, status: 'approved' | 'rejected', reason?: string) => Promise<void>
} {
  const { read, reload } = usePortQuery(['residents', 'review'], (port) =>
    port.residents.listForReview(),
  )
  const call = usePortCall()
  const review = useCallback(
    async (residentId: string, status: 'approved' | 'rejected', reason?: string) => {
      await call((port) => port.residents.review(residentId, status, reason))
      await reload()
    },
    [call, reload],
  )
  return { queue: read, review }
}
