import type { Map as MapLibreMap } from 'maplibre-gl'
import { createContext, useContext } from 'react'

/** The live MapLibre map, for the map pieces rendered inside `MapView` (popups, markers). */
export const MapInstanceContext = createContext<MapLibreMap | null>(null)

/** The map these pieces draw on, or null before it exists. For use inside src/map/ only. */
export function useMapInstance(): MapLibreMap | null {
  return useContext(MapInstanceContext)
}
