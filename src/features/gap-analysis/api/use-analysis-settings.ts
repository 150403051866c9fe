import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { AnalysisSettings } from '../analysis-settings'
import { readAnalysisSettings, writeAnalysisSettings } from '../analysis-settings-url'

// Changes made here do not fire popstate, so this module tells its own listeners too.
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

const readSearch = () => window.location.search

export interface AnalysisSettingsState {
  settings: AnalysisSettings
  /** What a shared link held that could not be used, in words (defaults were used instead). */
  problems: string[]
  /** Changes settings in place (the URL is replaced: Back leaves the analysis). */
  update: (changes: Partial<AnalysisSettings>) => void
  /** Opens a ward's profile, or closes it with null (a new history entry: Back returns). */
  openWard: (code: string | null) => void
}

/**
 * The analysis settings, kept in the URL's query so that a lead can share the view they see:
 * read and checked (zod) on every change of location, written with history.replaceState (or
 * pushState for a profile) keeping the map's `#map=` hash and the app's own parameters.
 */
export function useAnalysisSettings(): AnalysisSettingsState {
  const search = useSyncExternalStore(subscribe, readSearch, () => '')
  const { settings, problems } = useMemo(() => readAnalysisSettings(search), [search])

  const write = useCallback((next: AnalysisSettings, push: boolean) => {
    const url = `${window.location.pathname}${writeAnalysisSettings(window.location.search, next)}${window.location.hash}`
    if (push) window.history.pushState(null, '', url)
    else window.history.replaceState(window.history.state, '', url)
    for (const listener of listeners) listener()
  }, [])

  const update = useCallback(
    (changes: Partial<AnalysisSettings>) =>
      write({ ...readAnalysisSettings(window.location.search).settings, ...changes }, false),
    [write],
  )
  const openWard = useCallback(
    (ward: string | null) =>
      write({ ...readAnalysisSettings(window.location.search).settings, ward }, true),
    [write],
  )
  return { settings, problems, update, openWard }
}
