import { useCallback, useSyncExternalStore } from 'react'

/**
 * The app's screens: the map (default), the gap analysis (`?view=analysis`), time banks'
 * reports and settings (`?view=time-bank-reports`), partners' schemes (`?view=partners`) and the
 * coordination of schemes by theme (`?view=coordination`), and importing assets (`?view=import`).
 */
export type AppView =
  'map' | 'analysis' | 'time-bank-reports' | 'partners' | 'coordination' | 'import'

const VIEWS: readonly AppView[] = [
  'analysis',
  'time-bank-reports',
  'partners',
  'coordination',
  'import',
]

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener)
  return () => window.removeEventListener('popstate', listener)
}

const readView = (): AppView => {
  const asked = new URLSearchParams(window.location.search).get('view')
  return VIEWS.find((view) => view === asked) ?? 'map'
}

/**
 * Which screen the URL asks for, and a way to go to another without reloading the page (which
 * would start the local database again): a new history entry, so Back returns. The map's
 * `#map=` hash is kept, so both screens open on the same place.
 */
export function useView(): [AppView, (view: AppView) => void] {
  const view = useSyncExternalStore(subscribe, readView, () => 'map' as const)
  const go = useCallback((next: AppView) => {
    const params = new URLSearchParams(window.location.search)
    if (next === 'map') params.delete('view')
    else params.set('view', next)
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
