import { createElement, Fragment, type ReactNode } from 'react'
import type { MapOverlay } from '../map/compose-style'
import type { MapContribution, MapFocus, PanelContribution } from '../map/map-contribution'
import type { MapClusterTarget, MapPointTarget } from '../map/map-view'

/** The features' contributions merged into what the map screen draws. */
export interface ComposedMap {
  /** In contribution order (the layers' slots decide the z-order, see src/map/layer-order.ts). */
  overlays: readonly MapOverlay[]
  /** By `order`, then contribution order. */
  panels: readonly PanelContribution[]
  pieces: ReactNode
  controls: ReactNode
  pointTargets: readonly MapPointTarget[]
  clusterTargets: readonly MapClusterTarget[]
  /** The highest-priority picker's handler (the first given of equals), or null. */
  onPickLocation: ((lngLat: [number, number]) => void) | null
  /** The first contribution's focus that is set, passed on unchanged. */
  focus: MapFocus | null
}

/**
 * Merges the map screen's contributions. A capability decides whether a feature is on the screen
 * at all: app/ passes `false` or `null` for a contribution the person may not have.
 *
 * @param contributions - in the order the features are composed; falsy entries are left out
 * @returns one set of overlays, panels, pieces, controls, click targets, picker and focus
 */
export function composeMapContributions(
  contributions: readonly (MapContribution | false | null | undefined)[],
): ComposedMap {
  const included = contributions.filter((c): c is MapContribution => Boolean(c))
  const keyed = (part: (c: MapContribution) => ReactNode) =>
    included
      .filter((c) => part(c) != null)
      .map((c) => createElement(Fragment, { key: c.id }, part(c)))
  let pick: MapContribution['pickLocation'] = null
  for (const c of included) {
    if (c.pickLocation && (!pick || c.pickLocation.priority > pick.priority)) pick = c.pickLocation
  }
  return {
    overlays: included.flatMap((c) => c.overlays ?? []),
    // Array.prototype.sort is stable, so equal orders keep the contributions' order.
    panels: included.flatMap((c) => c.panels ?? []).sort((a, b) => a.order - b.order),
    pieces: keyed((c) => c.pieces),
    controls: keyed((c) => c.controls),
    pointTargets: included.flatMap((c) => c.pointTargets ?? []),
    clusterTargets: included.flatMap((c) => c.clusterTargets ?? []),
    onPickLocation: pick?.handler ?? null,
    focus: included.find((c) => c.focus)?.focus ?? null,
  }
}
