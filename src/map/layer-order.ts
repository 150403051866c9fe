import type { LayerSpecification } from 'maplibre-gl'

/**
 * Where an overlay layer sits in the map's z-order, from bottom to top. Features say which slot a
 * layer belongs to; this file alone decides how the slots stack against each other and against
 * the basemap, so that a new feature cannot bury another one's layers by accident.
 */
export const overlaySlots = [
  'area-fill',
  'area-outline',
  'area-highlight',
  'point',
  'point-label',
] as const

export type OverlaySlot = (typeof overlaySlots)[number]

/** A feature's layer together with the slot it draws in. */
export interface OverlayLayer {
  slot: OverlaySlot
  layer: LayerSpecification
}

// Areas go under the basemap's labels so that town and road names stay readable through the
// ward fill; points go on top of everything, as they are what people click.
const slotsBelowBasemapLabels: ReadonlySet<OverlaySlot> = new Set([
  'area-fill',
  'area-outline',
  'area-highlight',
])

/**
 * Merges overlay layers into a basemap's layer list in slot order. Overlay layers of the same slot
 * keep the order they were given in. Area slots are placed just below the basemap's first symbol
 * (label) layer, or on top when the basemap has no labels; point slots always go on top.
 *
 * @param baseLayers - the basemap style's layers, bottom to top
 * @param overlay - feature layers with their slots
 * @returns all layers, bottom to top
 */
export function orderLayers(
  baseLayers: readonly LayerSpecification[],
  overlay: readonly OverlayLayer[],
): LayerSpecification[] {
  const sorted = [...overlay].sort(
    (a, b) => overlaySlots.indexOf(a.slot) - overlaySlots.indexOf(b.slot),
  )
  const below = sorted.filter((item) => slotsBelowBasemapLabels.has(item.slot))
  const above = sorted.filter((item) => !slotsBelowBasemapLabels.has(item.slot))
  const firstLabel = baseLayers.findIndex((layer) => layer.type === 'symbol')
  const splitAt = firstLabel === -1 ? baseLayers.length : firstLabel
  return [
    ...baseLayers.slice(0, splitAt),
    ...below.map((item) => item.layer),
    ...baseLayers.slice(splitAt),
    ...above.map((item) => item.layer),
  ]
}
