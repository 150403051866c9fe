import type { ReactNode } from 'react'
import type { TabItem } from '../components/ui/tabs'
import type { MapOverlay } from './compose-style'
import type { MapBounds, MapClusterTarget, MapPointTarget } from './map-view'

/** A side panel a feature adds to the map screen, as a tab after the ward list. */
export interface PanelContribution extends TabItem {
  /**
   * Where the tab goes: lower first; equal orders keep the order the contributions were given in.
   * The panels so far use 10 (Assets), 20 (Gifts), 30 (Add), 40 (Review), 50 (Match),
   * 60 (Workshop), 65 (Time bank), 70 (People), 80 (Taxonomy).
   */
  order: number
}

/**
 * Makes a map click choose a place (for a new asset, say) instead of selecting what is under it.
 * When several features ask at once the highest `priority` wins: a picker that belongs to the
 * panel on show (e.g. Match) outranks one left on from another panel (e.g. moving a pin).
 */
export interface PickLocation {
  priority: number
  handler: (lngLat: [number, number]) => void
}

/** Where a feature asks the map to go; each new `request` moves it, even to the same bounds. */
export interface MapFocus {
  bounds: MapBounds
  request: number
  maxZoom?: number
}

/**
 * What one feature adds to the map screen. Each feature builds its own in a
 * `use<Feature>MapContribution` hook; app/ decides which are included (by capability) and
 * composes them, so that the screen holds no feature's state and names no feature's parts.
 */
export interface MapContribution {
  /** The feature's name, unique on the screen: it keys the feature's map pieces and controls. */
  id: string
  /** Map layers; keep each overlay object stable between renders (the style is rebuilt when one changes). */
  overlays?: readonly MapOverlay[]
  panels?: readonly PanelContribution[]
  /** Popups and markers drawn on the map (from src/map/). */
  pieces?: ReactNode
  /** Controls drawn over the map's corner (a layer's switch and key). */
  controls?: ReactNode
  /** Point layers that take clicks before the wards. */
  pointTargets?: readonly MapPointTarget[]
  /** Cluster layers: a click zooms in to where the cluster splits. */
  clusterTargets?: readonly MapClusterTarget[]
  pickLocation?: PickLocation | null
  /** Pass the same object until the feature asks to move again: a new object moves the map. */
  focus?: MapFocus | null
}

/** Which side panel is on show, for features whose behaviour depends on their panel being open. */
export interface PanelSelection {
  selected: string
  select: (id: string) => void
}
