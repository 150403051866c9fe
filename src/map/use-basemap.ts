import { useEffect, useState } from 'react'
import { loadBasemapStyle, type ResolvedBasemap } from './load-basemap-style'

/** Which basemap the user asked for: the configured online style or the built-in one. */
export type BasemapChoice = 'online' | 'builtin'

export interface BasemapConfig {
  /** A style URL, or `builtin` when the deployment has no online basemap. */
  styleUrl: string
  attribution: string
}

/** The basemap to draw, and whether the online style is still on its way. */
export type BasemapState = ResolvedBasemap & { loading: boolean }

const builtin: BasemapState = { kind: 'builtin', note: null, loading: false }

/**
 * Resolves the user's basemap choice to a style. While the online style loads the built-in one is
 * used, so the wards paint at once instead of waiting for the network.
 */
export function useBasemap(choice: BasemapChoice, config: BasemapConfig): BasemapState {
  const wantsOnline = choice === 'online' && config.styleUrl !== 'builtin'
  const [loaded, setLoaded] = useState<{ url: string; basemap: ResolvedBasemap } | null>(null)

  useEffect(() => {
    if (!wantsOnline) return
    const controller = new AbortController()
    void loadBasemapStyle(config.styleUrl, {
      attribution: config.attribution,
      signal: controller.signal,
    }).then((basemap) => {
      if (!controller.signal.aborted) setLoaded({ url: config.styleUrl, basemap })
    })
    return () => controller.abort()
  }, [wantsOnline, config.styleUrl, config.attribution])

  if (!wantsOnline) return builtin
  if (loaded?.url !== config.styleUrl) return { ...builtin, loading: true }
  return { ...loaded.basemap, loading: false }
}
