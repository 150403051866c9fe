import { useCallback, useEffect, useState } from 'react'

/** The address within the app: path (without the deployment's base) and query. */
export interface AppLocation {
  pathname: string
  search: string
  /**
   * Moves to another path of the app without reloading, as a new history entry, or in place of
   * this one with `{ replace: true }` (the support pages, so that Back leaves no trail of them).
   */
  navigate: (path: string, options?: { replace?: boolean }) => void
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '')

const read = () => ({
  pathname: location.pathname.startsWith(base)
    ? location.pathname.slice(base.length) || '/'
    : location.pathname,
  search: location.search,
})

/**
 * The app's path, kept in step with the browser's history (Back and Forward work). The static
 * host and `vite preview` answer every path with index.html (a single-page app), so /offer and
 * /my-data can be bookmarked, printed on a flyer and opened from a QR code.
 */
export function useAppLocation(): AppLocation {
  const [where, setWhere] = useState(read)
  useEffect(() => {
    const onPop = () => setWhere(read())
    addEventListener('popstate', onPop)
    return () => removeEventListener('popstate', onPop)
  }, [])
  const navigate = useCallback((path: string, options?: { replace?: boolean }) => {
    if (options?.replace) history.replaceState(null, '', `${base}${path}`)
    else history.pushState(null, '', `${base}${path}`)
    setWhere(read())
    scrollTo({ top: 0 })
  }, [])
  return { ...where, navigate }
}
