import { useCallback, useEffect, useState } from 'react'

/** A read from a port: under way, its answer, or why it failed (in words). */
export type ReadState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string }

/**
 * Reads something through a data port when the port is there and whenever `read` changes, and
 * again on `reload()`. An answer that arrives after the component has moved on (a newer read, or
 * unmounted) is dropped, so an old answer never replaces a newer one.
 *
 * @param read - the read to make, or null while there is no port (wrap it in useCallback)
 * @returns the latest answer (kept on show while a newer read is under way, so a reload does not
 *   blank the page), and `reload` (resolves once the new read is asked for)
 * @example
 * const read = useCallback(() => port!.getMyData(), [port])
 * const [myData, reload] = useRead(port ? read : null)
 */
export function useRead<T>(read: (() => Promise<T>) | null): [ReadState<T>, () => Promise<void>] {
  const [state, setState] = useState<ReadState<T>>({ status: 'loading' })
  const [version, setVersion] = useState(0)
  const reload = useCallback(async () => setVersion((n) => n + 1), [])
  useEffect(() => {
    if (!read) return
    let active = true
    read().then(
      (value) => active && setState({ status: 'ready', value }),
      (error: unknown) =>
        active &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    )
    return () => {
      active = false
    }
  }, [read, version])
  return [state, reload]
}
