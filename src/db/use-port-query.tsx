import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react'
import type { AssetChangeEvent } from '../core/assets/asset-change-event'
import type { Session } from '../core/session/session'
import { DataError, toDataError } from './data-error'
import { useDataPort } from './data-port-context'
import type { DataPort } from './port'

/** A read from the port: under way (or waiting for the port), its answer, or why it failed. */
export type ReadState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string }

/**
 * Who the reads are made as, in every port query's key, so that a change of person is a new key
 * (read again, never another person's cached answer). Null while who is acting is not known yet:
 * reads wait rather than read everything as the public first and then again as the person.
 * Screens that do not follow the session (the residents' pages, which read again themselves
 * after a sign-in) read as 'anyone'.
 */
const ActingPersonContext = createContext<string | null>('anyone')

/** The acting person's part of a query key: who, and what their roles let them see. */
export function personKey(session: Session): string {
  return JSON.stringify([session.email, session.roles, session.capabilities])
}

/**
 * Reads below are made as `person` (null: not known yet, so they wait). When the person changes,
 * answers read as anyone else are dropped from the cache, so a shared laptop never shows one
 * person's data to the next.
 */
export function ActingPerson({ person, children }: { person: string | null; children: ReactNode }) {
  const client = useQueryClient()
  useEffect(() => {
    if (person === null) return
    client.removeQueries({
      predicate: (query) => {
        // Queries without a person (who is acting, itself) stay.
        const of = personOf(query.queryKey)
        return of !== undefined && of !== person
      },
    })
  }, [client, person])
  return <ActingPersonContext value={person}>{children}</ActingPersonContext>
}

/**
 * Reads below are made as `person`, a sign-in within the page (a resident on "Your data"),
 * without touching the page's other reads; the sign-in's answers are dropped when it ends, so a
 * shared device never shows them to the next person.
 */
export function SignedInPerson({ person, children }: { person: string; children: ReactNode }) {
  const client = useQueryClient()
  useEffect(
    () => () => client.removeQueries({ predicate: (query) => personOf(query.queryKey) === person }),
    [client, person],
  )
  return <ActingPersonContext value={person}>{children}</ActingPersonContext>
}

const personOf = (key: QueryKey): unknown => {
  const last = key[key.length - 1]
  return typeof last === 'object' && last !== null && 'person' in last ? last.person : undefined
}

/** Said when something is asked of the data port before it is ready. */
export const NOT_READY = 'The database is still starting; try again in a moment.'

export interface PortQuery<T> {
  /** Loading while the port starts, the person is not known yet, or the read is under way. */
  read: ReadState<T>
  /** The latest answer, if any (kept on show while a newer read is under way, as `keep` says). */
  value: T | undefined
  /** Why the latest read failed, in words a person can act on. */
  error: string | null
  /** Reads again; resolves once the new answer (or failure) is in. */
  reload: () => Promise<void>
  /** Changes the cached answer in place (a live change, a save), without reading again. */
  update: (change: (current: T | undefined) => T | undefined) => void
}

/**
 * Reads through the data port, cached under `key` plus the acting person. Waits (loading) until
 * the port is ready and who is acting is known; a failure reads as its DataError message.
 *
 * @param key - what is read, with everything the read depends on (ids, versions, settings)
 * @param read - the read itself, given the ready port
 * @param options.enabled - false to not read (yet), e.g. until a panel is opened
 * @param options.keep - how many leading parts of `key` name the same thing: while a new key
 *   that shares them is read, the previous answer stays on show (omitted: it never does)
 * @param options.forget - drop the answer as soon as no screen shows it, instead of keeping it
 *   for a return visit (a person's own data on a device others may use)
 * @example
 * const { read } = usePortQuery(['residents', 'my-data'], (port) => port.residents.getMyData())
 */
export function usePortQuery<T>(
  key: readonly unknown[],
  read: (port: DataPort) => Promise<T>,
  options: { enabled?: boolean; keep?: number; forget?: boolean } = {},
): PortQuery<T> {
  const { keep } = options
  const data = useDataPort()
  const port = data.status === 'ready' ? data.port : null
  const person = useContext(ActingPersonContext)
  const enabled = port !== null && person !== null && options.enabled !== false
  // Keys hold plain values (ids, versions, settings): the same text is the same key.
  const keyText = JSON.stringify(key)
  const queryKey = useMemo(
    () => [...(JSON.parse(keyText) as unknown[]), { person }],
    [keyText, person],
  )
  const client = useQueryClient()
  const query = useQuery({
    queryKey,
    // A reload can run before the port is ready (a disabled query still refetches on demand).
    queryFn: () => (port ? read(port) : Promise.reject(new DataError(NOT_READY))),
    enabled,
    ...(options.forget ? { gcTime: 0 } : {}),
    // While a newer read of the same thing is under way (e.g. the asset's next version), the
    // older answer stays on show, so the page does not blank; another person's answer never does.
    placeholderData: (previous, previousQuery) =>
      keep !== undefined &&
      previousQuery &&
      personOf(previousQuery.queryKey) === person &&
      JSON.stringify(previousQuery.queryKey.slice(0, keep)) === JSON.stringify(key.slice(0, keep))
        ? previous
        : undefined,
  })
  const { refetch } = query
  const reload = useCallback(async () => {
    await refetch()
  }, [refetch])
  const update = useCallback(
    (change: (current: T | undefined) => T | undefined) => client.setQueryData<T>(queryKey, change),
    [client, queryKey],
  )
  const error = query.error ? toDataError(query.error).message : null
  return {
    read:
      query.isError && error !== null
        ? { status: 'failed', message: error }
        : query.data !== undefined
          ? { status: 'ready', value: query.data }
          : { status: 'loading' },
    value: query.data,
    error,
    reload,
    update,
  }
}

/**
 * Calls the port for a change (or a one-off read such as a search), refusing in words while the
 * database is still starting.
 */
export function usePortCall(): <T>(work: (port: DataPort) => Promise<T>) => Promise<T> {
  const data = useDataPort()
  const port = data.status === 'ready' ? data.port : null
  return useCallback(
    async <T,>(work: (ready: DataPort) => Promise<T>) => {
      if (!port) throw new DataError(NOT_READY)
      return work(port)
    },
    [port],
  )
}

/** Who reads are made as (null while not known yet), for feeds that read outside queries. */
export function useActingPerson(): string | null {
  return useContext(ActingPersonContext)
}

/** Invalidates the port queries under `prefix` (every person's), so the ones on show read again. */
export function useInvalidate(): (prefix: readonly unknown[]) => Promise<void> {
  const client = useQueryClient()
  return useCallback((prefix) => client.invalidateQueries({ queryKey: prefix }), [client])
}

/**
 * Keeps the queries under `prefix` current with live changes to the assets (another tab, another
 * builder): each change that `concerns` them marks them stale and reads again those on show.
 *
 * @param options.enabled - false to not listen
 * @param options.quietMs - wait this long after the last change before reading again, so that a
 *   burst of changes (a workshop tidying its pins) reads once
 */
export function useInvalidateOnAssetChange(
  prefix: readonly unknown[],
  {
    concerns = () => true,
    enabled = true,
    quietMs = 0,
  }: { concerns?: (event: AssetChangeEvent) => boolean; enabled?: boolean; quietMs?: number } = {},
): void {
  const data = useDataPort()
  const port = data.status === 'ready' ? data.port : null
  const invalidate = useInvalidate()
  const prefixKey = JSON.stringify(prefix)
  const concernsRef = useLatest(concerns)
  useEffect(() => {
    if (!port || !enabled) return
    let pending: ReturnType<typeof setTimeout> | undefined
    const stop = port.assets.subscribe((event) => {
      if (!concernsRef.current(event)) return
      clearTimeout(pending)
      pending = setTimeout(() => void invalidate(JSON.parse(prefixKey) as unknown[]), quietMs)
    })
    return () => {
      clearTimeout(pending)
      stop()
    }
  }, [port, enabled, quietMs, invalidate, prefixKey, concernsRef])
}

function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value)
  useEffect(() => {
    ref.current = value
  })
  return ref
}
