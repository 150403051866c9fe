import { useCallback, useState, type ReactNode } from 'react'
import type { TabItem } from '../../components/ui/tabs'
import type { MapBounds, MapHit } from '../../map/map-view'
import type { WardBoundaries } from './api/get-ward-boundaries'
import { WardInfoPanel } from './components/ward-info-panel'
import { WardList } from './components/ward-list'
import { WardTooltip } from './components/ward-tooltip'
import { wardBounds } from './ward-bounds'

export const WARDS_PANEL = 'wards'

type Focus = { bounds: MapBounds; request: number; maxZoom?: number }

export interface WardsWorkspace {
  /** The map's ward state and handlers, for MapView. */
  map: {
    hoveredId: string | null
    selectedId: string | null
    focus: Focus | null
    onHover: (hit: MapHit | null) => void
    onSelect: (code: string | null) => void
  }
  /** The hovered ward's name and figures, by the pointer. */
  tooltip: ReactNode
  /** The selected ward's panel. */
  infoPanel: ReactNode
  /** The ward list, as the side panels' first tab. */
  listTab: TabItem
}

/**
 * The wards feature's state: the ward hovered and selected (on the map or in the list), and where
 * the map is asked to go. Another feature asking to move the map (`focus`, e.g. to an asset)
 * takes over from the ward focus.
 */
export function useWardsWorkspace({
  boundaries,
  regionName,
  focus: asked,
}: {
  boundaries: WardBoundaries
  regionName: string
  focus: Focus | null | undefined
}): WardsWorkspace {
  const [hover, setHover] = useState<MapHit | null>(null)
  const [selectedCode, setSelectedCode] = useState<string | null>(null)
  const [focus, setFocus] = useState<Focus | null>(null)
  const [seenFocus, setSeenFocus] = useState(asked)
  if (seenFocus !== asked) {
    setSeenFocus(asked)
    if (asked) setFocus((previous) => ({ ...asked, request: (previous?.request ?? 0) + 1 }))
  }

  const selectFromList = useCallback(
    (code: string) => {
      setSelectedCode(code)
      const bounds = wardBounds(boundaries.geojson, code)
      if (bounds) setFocus((previous) => ({ bounds, request: (previous?.request ?? 0) + 1 }))
    },
    [boundaries.geojson],
  )

  const hoveredWard = hover ? boundaries.byCode.get(hover.id) : undefined
  const selectedWard = selectedCode ? (boundaries.byCode.get(selectedCode) ?? null) : null
  return {
    map: {
      hoveredId: hover?.id ?? null,
      selectedId: selectedCode,
      focus,
      onHover: setHover,
      onSelect: setSelectedCode,
    },
    tooltip:
      hover && hoveredWard ? (
        <WardTooltip
          ward={hoveredWard}
          point={hover.point}
          wardCount={boundaries.wards.length}
          regionName={regionName}
        />
      ) : null,
    infoPanel: (
      <WardInfoPanel
        ward={selectedWard}
        wardCount={boundaries.wards.length}
        regionName={regionName}
      />
    ),
    listTab: {
      id: WARDS_PANEL,
      label: 'Wards',
      content: (
        <div id="ward-list" tabIndex={-1} className="map-screen__list">
          <WardList
            wards={boundaries.wards}
            selectedCode={selectedCode}
            onSelect={selectFromList}
          />
        </div>
      ),
    },
  }
}
