import type { StyleSpecification } from 'maplibre-gl'
import { z } from 'zod'

/** The basemap the map should draw under the features. */
export type ResolvedBasemap =
  | { kind: 'online'; style: StyleSpecification; attribution: string }
  | { kind: 'builtin'; note: string | null }

/** Shown on the map when the configured basemap could not be loaded. */
export const basemapFallbackNote = 'Basemap unavailable — showing the built-in map'

export interface LoadBasemapStyleOptions {
  /** The configured basemap's attribution, shown while it is in use. */
  attribution: string
  /** How long to wait for the style before falling back. @default 8000 */
  timeoutMs?: number
  signal?: AbortSignal
  /** @default globalThis.fetch */
  fetchStyle?: typeof fetch
}

// Only the shape MapLibre needs to start; MapLibre validates the rest itself and reports errors
// through its `error` event. Styles must use absolute URLs (hosted styles do): the style is passed
// to MapLibre as an object, so relative sprite or tile URLs would have no base to resolve against.
const styleSchema = z.custom<StyleSpecification>(
  (value) =>
    z
      .looseObject({
        version: z.literal(8),
        sources: z.record(z.string(), z.unknown()),
        layers: z.array(z.looseObject({ id: z.string(), type: z.string() })),
      })
      .safeParse(value).success,
  { message: 'not a MapLibre style (version 8 with sources and layers)' },
)

/**
 * Fetches the configured basemap style, falling back to the built-in style when the network is
 * down, slow or answers with something that is not a style. A village hall with poor Wi-Fi should
 * see the region within seconds, not a blank map.
 *
 * @param styleUrl - the style's URL
 * @param options - attribution, timeout in milliseconds (default 8000), abort signal
 * @returns the online style, or the built-in one with a note saying why
 */
export async function loadBasemapStyle(
  styleUrl: string,
  options: LoadBasemapStyleOptions,
): Promise<ResolvedBasemap> {
  const { timeoutMs = 8000, signal, fetchStyle = globalThis.fetch.bind(globalThis) } = options
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const stopOnOuterAbort = () => controller.abort()
  signal?.addEventListener('abort', stopOnOuterAbort)
  try {
    const response = await fetchStyle(styleUrl, { signal: controller.signal })
    if (!response.ok) return fallBack()
    const parsed = styleSchema.safeParse(await response.json())
    if (!parsed.success) return fallBack()
    return { kind: 'online', style: parsed.data, attribution: options.attribution }
  } catch {
    // Offline, DNS failure, blocked by the browser, timed out or not JSON: all mean "no basemap".
    return fallBack()
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', stopOnOuterAbort)
  }
}

function fallBack(): ResolvedBasemap {
  return { kind: 'builtin', note: basemapFallbackNote }
}
