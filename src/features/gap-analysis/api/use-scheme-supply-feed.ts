import { useEffect } from 'react'
import { usePortQuery } from '../../../db/use-port-query'
import type { ToAnalysisWorker } from '../worker/worker-messages'

/** Every partners' read is under this key, so that a saved or retired scheme reads them again. */
const PARTNERS_KEY = 'partners'

/**
 * Gives the worker the active partner schemes per ward (scheme_ward_supply), whichever engine
 * computes the asset figures: the worker counts them in supply for both, so the browser and the
 * SQL twin rank with the same schemes. Until they arrive, or if they cannot be read, no schemes
 * are counted and the ward profile says so.
 *
 * @param post sends a message to the analysis worker (null: no worker yet)
 * @returns why the counts could not be read, or null
 */
export function useSchemeSupplyFeed(
  post: ((message: ToAnalysisWorker) => void) | null,
): string | null {
  const { value, error } = usePortQuery([PARTNERS_KEY, 'ward-supply'], (port) =>
    port.analysis.schemeSupply(),
  )
  useEffect(() => {
    if (post && value) post({ type: 'schemes', supply: value })
  }, [post, value])
  return error
}
