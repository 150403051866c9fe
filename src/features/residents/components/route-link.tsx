import type { MouseEvent, ReactNode } from 'react'

/** Moves to another page of the app without reloading (app/ owns the history). */
export type Navigate = (path: string) => void

/**
 * A link to a page of the app: a real `href` (opens in a new tab, works without JavaScript
 * routing), followed in place on a plain click or Enter.
 */
export function RouteLink({
  to,
  navigate,
  className,
  children,
}: {
  to: string
  navigate: Navigate
  className?: string
  children: ReactNode
}) {
  return (
    <a
      href={to}
      className={className}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
        event.preventDefault()
        navigate(to)
      }}
    >
      {children}
    </a>
  )
}
