import type { ReactNode } from 'react'
import type { ReadState } from '../../../db/use-port-query'

/** A read's three states in words: loading, failed (the database's reason), or its answer. */
export function ReadView<T>({
  read,
  what,
  children,
}: {
  read: ReadState<T>
  /** What is read, for "Loading …" and "… could not be loaded". */
  what: string
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
        The {what} could not be loaded: {read.message}
      </p>
    )
  }
  return <>{children(read.value)}</>
}
