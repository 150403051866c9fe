import type { FeatureCollection } from 'geojson'
import type { StyleSpecification } from 'maplibre-gl'
import { useCallback, useMemo, useState } from 'react'
import type { ChampionCount } from '../../../core/partners/partner'
import type { SafeSpacePoint } from '../../../core/domestic-abuse/describe-support-network'
import { composeStyle } from '../../../map/compose-style'
import { MapView, type MapBounds, type MapPointHit } from '../../../map/map-view'
import {
  championClasses,
  safeSpaceColour,
  supportLayerIds,
  supportNetworkLayer,
} from '../map/support-network-layer'

export interface SupportMapProps {
  baseStyle: StyleSpecification
  customAttribution?: string | undefined
  wards: FeatureCollection
  bounds: MapBounds
  counts: readonly ChampionCount[]
  points: readonly SafeSpacePoint[]
}

/**
 * Public safe spaces as points and champions per ward as a fill. Everything on it is also in the
 * lists beside it, for keyboard and screen-reader users. The container says how many points it
 * was given, so a test can check what is drawn without reading pixels.
 */
export function SupportMap(props: SupportMapProps) {
  const [selected, setSelected] = useState<string | null>(null)
  const [pointId, setPointId] = useState<string | null>(null)
  const point = props.points.find((item) => item.id === pointId) ?? null
  const pointTargets = useMemo(
    () => [
      {
        layerIds: [supportLayerIds.safeSpacePoint],
        onClick: (hit: MapPointHit) => setPointId(hit.id),
      },
    ],
    [],
  )
  const style = useMemo(
    () =>
      composeStyle(props.baseStyle, [supportNetworkLayer(props.wards, props.counts, props.points)]),
    [props.baseStyle, props.wards, props.counts, props.points],
  )
  const onError = useCallback((message: string, sourceId: string | undefined) => {
    // An online basemap's tile failing is not this page's problem: the wards and points still draw.
    if (sourceId && !sourceId.startsWith('support-') && sourceId !== 'base-region') {
      console.warn(`Basemap source "${sourceId}": ${message}`)
    } else {
      console.error(`Map: ${message}`)
    }
  }, [])
  return (
    <div className="support-map" data-safe-spaces={props.points.length}>
      <div className="support-map__canvas">
        <MapView
          label="Map of public safe spaces and community champions by ward"
          describedBy="support-map-help"
          style={style}
          customAttribution={props.customAttribution}
          initialBounds={props.bounds}
          interactive={{ layerId: supportLayerIds.wardFill, sourceId: supportLayerIds.wards }}
          hoveredId={null}
          selectedId={selected}
          focus={null}
          onHover={() => {}}
          onSelect={setSelected}
          onError={onError}
          pointTargets={pointTargets}
        />
      </div>
      <p className="support-map__chosen" role="status">
        {point ? `${point.name}: ${point.schemeName}` : ''}
      </p>
      <p id="support-map-help" className="visually-hidden">
        The safe spaces and the champions per ward are also listed below the map.
      </p>
      <ul className="support-map__key" aria-label="Map key">
        <li>
          <span className="support-map__dot" style={{ background: safeSpaceColour }} />
          Public safe space
        </li>
        {championClasses.slice(1).map((item) => (
          <li key={item.label}>
            <span className="support-map__swatch" style={{ background: item.colour }} />
            Ward with {item.label.replace(' champions', '')} trained champions
          </li>
        ))}
      </ul>
    </div>
  )
}
