import { useCallback, useRef } from 'react'

/**
 * Runs async work so that only the latest call's answer is used: an answer that arrives after a
 * newer call started is dropped (resolves to `{ latest: false }`), so a slow first lookup cannot
 * overwrite what a second one found.
 */
export function useLatestCall(): <T>(
  work: () => Promise<T>,
) => Promise<{ latest: true; value: T } | { latest: false }> {
  const counter = useRef(0)
  return useCallback(async <T>(work: () => Promise<T>) => {
    counter.current += 1
    const mine = counter.current
    const value = await work()
    return mine === counter.current ? { latest: true as const, value } : { latest: false as const }
  }, [])
}
