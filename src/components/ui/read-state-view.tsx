import type { ReactNode } from 'react'
import type { ReadState } from '../../db/use-port-query'

/**
 * A read's three states in words: loading, failed (the DataError's message), or its answer;
 * `empty` is said instead of an empty list.
 */
export function ReadStateView<T>({
  read,
  what,
  empty,
  children,
}: {
  read: ReadState<T>
  /** What is read, for "Loading …" and "… could not be loaded". */
  what: string
  empty?: string
  children: (value: T) => ReactNode
}) {
  if (read.status === 'loading') {
    return (
      <p className="muted" role="status">
        Loading {what}…
      </p>
    )
  }
  if (read.status === 'failed') {
    return (
      <p className="form-message form-message--error" role="alert">
        {capitalise(what)} could not be loaded: {read.message}
      </p>
    )
  }
  if (empty !== undefined && Array.isArray(read.value) && read.value.length === 0) {
    return <p className="muted">{empty}</p>
  }
  return <>{children(read.value)}</>
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
