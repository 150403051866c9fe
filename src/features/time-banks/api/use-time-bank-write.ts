import { useCallback, useState } from 'react'
import { toDataError } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'
import { useInvalidate, usePortCall } from '../../../db/use-port-query'
import { TIME_BANKS_KEY } from './time-bank-queries'

/**
 * One write to the time banks, for one button or form: `busy` while it runs, the refusal in
 * words (the database's DataError message) when it fails, and every time bank read again after
 * it succeeds (balances, statements and lists move together), without waiting for those reads.
 */
export function useTimeBankWrite() {
  const call = usePortCall()
  const invalidate = useInvalidate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async <T>(work: (port: DataPort) => Promise<T>): Promise<T | undefined> => {
      setBusy(true)
      setError(null)
      try {
        const result = await call(work)
        // Not awaited: the form resets and the button frees as soon as the write is done, before
        // the lists are read again (else a reset could land on what the person typed next).
        void invalidate([TIME_BANKS_KEY])
        return result
      } catch (failure) {
        setError(toDataError(failure).message)
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [call, invalidate],
  )
  return { run, busy, error, clearError: () => setError(null) }
}
