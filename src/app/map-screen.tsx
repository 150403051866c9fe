import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { ErrorPanel } from '../components/ui/error-panel'
import { DataStatus } from '../features/data-status/components/data-status'
import { useWardBoundaries } from '../features/wards/api/use-ward-boundaries'
import type { WardBoundaries } from '../features/wards/api/get-ward-boundaries'
import { wardDataAttribution } from '../features/wards/map/ward-data-attribution'
import { wardsLayer, wardsLayerIds } from '../features/wards/map/wards-layer'
import { useWardsWorkspace, WARDS_PANEL } from '../features/wards/use-wards-workspace'
import { createBaseStyle } from '../map/base-style'
import { BasemapSwitch } from '../map/basemap-switch'
import { Tabs } from '../components/ui/tabs'
import { composeStyle } from '../map/compose-style'
import { MapView } from '../map/map-view'
import { useBasemap, type BasemapConfig } from '../map/use-basemap'
import { useBasemapChoice } from '../map/use-basemap-choice'
import { composeMapContributions, type ComposedMap } from './compose-map-contributions'
import { useSameItems } from './use-same-items'

export interface MapScreenProps {
  basemap: BasemapConfig
  /** The region's name as readers know it (the region's manifest). */
  regionName: string
  /** The tab on show: `wards` or a panel's id. */
  selectedPanel?: string
  onSelectPanel?: (id: string) => void
  /** What the other features add: layers, tabs after the ward list's, map pieces and clicks. */
  contributions?: ComposedMap
}

/** The ward map with its list and panel beside it; the wards paint before the database is ready. */
export function MapScreen({
  basemap,
  regionName,
  selectedPanel = WARDS_PANEL,
  onSelectPanel = ignore,
  contributions = nothingMore,
}: MapScreenProps) {
  const wards = useWardBoundaries()
  const { panels } = contributions
  if (wards.status === 'ready') {
    return (
      <WardMap
        boundaries={wards.boundaries}
        basemap={basemap}
        regionName={regionName}
        selectedPanel={selectedPanel}
        onSelectPanel={onSelectPanel}
        contributions={contributions}
      />
    )
  }
  return (
    <ScreenLayout
      map={
        wards.status === 'loading' ? (
          <p className="map-screen__placeholder" role="status">
            Loading ward boundaries…
          </p>
        ) : (
          <ErrorPanel title="The ward map could not be shown" message={wards.message} />
        )
      }
      side={
        <>
          <DataStatus />
          <Tabs
            label="Side panels"
            tabs={panels.filter((panel) => panel.id !== WARDS_PANEL)}
            selectedId={selectedPanel === WARDS_PANEL ? (panels[0]?.id ?? '') : selectedPanel}
            onSelect={onSelectPanel}
          />
        </>
      }
    />
  )
}

// Map first in reading order (it is what the page is for), the side panel after it; a skip link
// in the header takes keyboard users straight to the ward list.
function ScreenLayout({ map, side }: { map: ReactNode; side: ReactNode }) {
  return (
    <div className="map-screen">
      <div className="map-screen__map">{map}</div>
      <div className="map-screen__side">{side}</div>
    </div>
  )
}

const nothingMore = composeMapContributions([])
const ignore = () => {}

interface WardMapProps {
  boundaries: WardBoundaries
  basemap: BasemapConfig
  regionName: string
  selectedPanel: string
  onSelectPanel: (id: string) => void
  contributions: ComposedMap
}

const basemapTilesNote = 'Some basemap tiles could not load — the built-in map works offline'

function WardMap({
  boundaries,
  basemap: basemapConfig,
  regionName,
  selectedPanel,
  onSelectPanel,
  contributions,
}: WardMapProps) {
  // Composed afresh each render; the style is rebuilt only when an overlay itself changes.
  const overlays = useSameItems(contributions.overlays)
  const [choice, setChoice] = useBasemapChoice()
  const basemap = useBasemap(choice, basemapConfig)
  const wards = useWardsWorkspace({ boundaries, regionName, focus: contributions.focus })
  const [wardsDrawn, setWardsDrawn] = useState<number | null>(null)
  const [tilesFailed, setTilesFailed] = useState(false)

  const onlineStyle = basemap.kind === 'online' ? basemap.style : null
  const style = useMemo(() => {
    const base =
      onlineStyle ??
      createBaseStyle({ region: boundaries.geojson, attribution: wardDataAttribution })
    return composeStyle(base, [wardsLayer(boundaries.geojson), ...overlays])
  }, [onlineStyle, boundaries.geojson, overlays])

  const onRendered = useCallback((ids: ReadonlySet<string>) => setWardsDrawn(ids.size), [])
  const onError = useCallback((message: string, sourceId: string | undefined) => {
    const ours = sourceId === wardsLayerIds.source || sourceId === 'base-region'
    if (sourceId && !ours) {
      // The online basemap's tiles, sprites or fonts: the wards still draw, so say so and go on.
      console.warn(`Basemap source "${sourceId}": ${message}`)
      setTilesFailed(true)
    } else {
      console.error(`Map: ${message}`)
    }
  }, [])

  const note = basemap.kind === 'builtin' ? basemap.note : tilesFailed ? basemapTilesNote : null

  return (
    <ScreenLayout
      map={
        <div className="map-screen__canvas" data-wards-drawn={wardsDrawn ?? undefined}>
          <MapView
            label={`Map of ${regionName} wards`}
            describedBy="map-help"
            style={style}
            customAttribution={basemap.kind === 'online' ? basemap.attribution : undefined}
            initialBounds={boundaries.bounds}
            interactive={{ layerId: wardsLayerIds.fill, sourceId: wardsLayerIds.source }}
            {...wards.map}
            onRendered={onRendered}
            onError={onError}
            pointTargets={contributions.pointTargets}
            clusterTargets={contributions.clusterTargets}
            onPickLocation={contributions.onPickLocation}
          >
            {contributions.pieces}
          </MapView>
          {wards.tooltip}
          <div className="map-screen__overlay">
            {basemapConfig.styleUrl === 'builtin' ? null : (
              <BasemapSwitch value={choice} onChange={setChoice} />
            )}
            {note ? (
              <p className="map-screen__note" role="status">
                {note}
              </p>
            ) : null}
            {contributions.controls}
          </div>
          <p id="map-help" className="visually-hidden">
            Drag, or use the arrow keys, to move the map; plus and minus zoom. Every ward is also in
            the list beside the map.
          </p>
        </div>
      }
      side={
        <>
          <DataStatus />
          {wards.infoPanel}
          <Tabs
            label="Side panels"
            selectedId={selectedPanel}
            onSelect={onSelectPanel}
            tabs={[wards.listTab, ...contributions.panels]}
          />
          <p className="map-screen__credit">{wardDataAttribution}</p>
        </>
      }
    />
  )
}
