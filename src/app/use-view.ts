import { useCallback, useSyncExternalStore } from 'react'

/** The app's screens: the map (default) and the gap analysis (`?view=analysis`). */
export type AppView = 'map' | 'analysis'

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener)
  return () => window.removeEventListener('popstate', listener)
}

const readView = (): AppView =>
  new URLSearchParams(window.location.search).get('view') === 'analysis' ? 'analysis' : 'map'

/**
 * Which screen the URL asks for, and a way to go to another without reloading the page (which
 * would start the local database again): a new history entry, so Back returns. The map's
 * `#map=` hash is kept, so both screens open on the same place.
 */
export function useView(): [AppView, (view: AppView) => void] {
  const view = useSyncExternalStore(subscribe, readView, () => 'map' as const)
  const go = useCallback((next: AppView) => {
    const params = new URLSearchParams(window.location.search)
    if (next === 'analysis') params.set('view', 'analysis')
    else params.delete('view')
    const query = params.toString()
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    )
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, [])
  return [view, go]
}
