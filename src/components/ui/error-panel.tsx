import type { ReactNode } from 'react'

export interface ErrorPanelProps {
  title: string
  /** What went wrong, in words a person can act on. */
  message: string
  /** What still works, or what to do next. */
  children?: ReactNode
}

/** A problem the user should know about, announced at once (`role="alert"`). */
export function ErrorPanel({ title, message, children }: ErrorPanelProps) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">{title}</p>
      <p>{message}</p>
      {children}
    </div>
  )
}
