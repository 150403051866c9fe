import { useEffect } from 'react'
import { usePortQuery } from '../../../db/use-port-query'
import type { ToAnalysisWorker } from '../worker/worker-messages'

/**
 * Gives the worker time banks' active members and hours per ward (time_bank_ward_activity, as
 * the viewer may see them), whichever engine computes the asset figures: the worker counts them
 * in supply for both. Until they arrive, or if they cannot be read, the ranking counts no time
 * banks and the ward profile says so.
 *
 * @param post sends a message to the analysis worker (null: no worker yet)
 * @returns why the figures could not be read, or null
 */
export function useTimeBankActivityFeed(
  post: ((message: ToAnalysisWorker) => void) | null,
): string | null {
  // Under 'time-banks', as every time bank read is, so that an exchange recorded anywhere in the
  // app reads the figures again.
  const { value, error } = usePortQuery(['time-banks', 'ward-activity'], (port) =>
    port.analysis.timeBankActivity(),
  )
  useEffect(() => {
    if (post && value) post({ type: 'time-banks', activity: value })
  }, [post, value])
  return error
}
