import { useCallback, useState } from 'react'
import { readBasemapChoice, writeBasemapChoice } from './basemap-choice-url'
import type { BasemapChoice } from './use-basemap'

/**
 * The basemap choice, kept in the address bar (`?basemap=builtin`) so that a workshop laptop can
 * bookmark the offline-friendly map. `replaceState`, not `pushState`: switching is not a page.
 */
export function useBasemapChoice(): [BasemapChoice, (choice: BasemapChoice) => void] {
  const [choice, setChoice] = useState(() => readBasemapChoice(window.location.search))
  const change = useCallback((next: BasemapChoice) => {
    window.history.replaceState(
      window.history.state,
      '',
      writeBasemapChoice(window.location.href, next),
    )
    setChoice(next)
  }, [])
  return [choice, change]
}
