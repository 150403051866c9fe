import type { SourceSpecification, StyleSpecification } from 'maplibre-gl'
import { orderLayers, type OverlayLayer } from './layer-order'

/** What a feature adds to the map: its sources and its layers with their slots. */
export interface MapOverlay {
  sources: Record<string, SourceSpecification>
  layers: OverlayLayer[]
}

/**
 * Builds the one style the map renders: the basemap with every feature overlay merged in, layers
 * stacked by `orderLayers`. One declarative style (rather than `addLayer` calls after load) means
 * switching basemap cannot lose a feature's layers, and MapLibre's style diff applies only what
 * changed.
 *
 * @param base - the basemap style (online or built-in)
 * @param overlays - feature overlays, in any order
 * @returns a new style; neither input is changed
 * @throws Error when an overlay reuses a source or layer id, which is a programming error
 */
export function composeStyle(
  base: StyleSpecification,
  overlays: readonly MapOverlay[],
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = { ...base.sources }
  const layerIds = new Set(base.layers.map((layer) => layer.id))
  for (const overlay of overlays) {
    for (const [id, source] of Object.entries(overlay.sources)) {
      if (id in sources) throw new Error(`Map source id "${id}" is used twice.`)
      sources[id] = source
    }
    for (const { layer } of overlay.layers) {
      if (layerIds.has(layer.id)) throw new Error(`Map layer id "${layer.id}" is used twice.`)
      layerIds.add(layer.id)
    }
  }
  return {
    ...base,
    sources,
    layers: orderLayers(
      base.layers,
      overlays.flatMap((overlay) => overlay.layers),
    ),
  }
}
