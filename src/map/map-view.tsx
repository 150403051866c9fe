import 'maplibre-gl/dist/maplibre-gl.css'
import './map-pieces.css'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type ErrorEvent,
  type GeoJSONSource,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl'
import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react'
import { MapInstanceContext } from './map-instance-context'

// MapLibre looks for its worker next to its own module, which the bundler has renamed and moved;
// point it at the copy Vite emits, served from our origin as the CSP's `worker-src 'self'` needs.
setWorkerUrl(workerUrl)

/** `[[west, south], [east, north]]` in degrees. */
export type MapBounds = [[number, number], [number, number]]

/** A feature of the interactive layer under the pointer, by id, with the pointer's position. */
export interface MapHit {
  id: string
  /** Pixels from the map's top-left corner. */
  point: { x: number; y: number }
}

/** A feature of a point layer that was clicked: its id, layer, properties and position. */
export interface MapPointHit {
  layerId: string
  id: string
  properties: Record<string, unknown>
}

/** Point layers drawn above the wards that take a click before the ward under them does. */
export interface MapPointTarget {
  layerIds: readonly string[]
  onClick: (hit: MapPointHit) => void
}

/** A clustered GeoJSON source's cluster layer: a click zooms in until the cluster splits. */
export interface MapClusterTarget {
  layerId: string
  sourceId: string
}

export interface MapViewProps {
  /** The map's accessible name. */
  label: string
  /** The whole style to render (basemap and overlays, see `composeStyle`). */
  style: StyleSpecification
  /** Attribution added to the style's own sources', e.g. the configured basemap's. */
  customAttribution?: string
  /** The view to open on when the URL has no `#map=zoom/lat/lng`. */
  initialBounds: MapBounds
  /**
   * Room kept clear around `initialBounds`, px, e.g. for a key drawn over the map.
   * @default 16 on every side
   */
  initialPadding?: { top: number; right: number; bottom: number; left: number }
  /** The layer people can hover and click, and the source its feature ids belong to. */
  interactive: { layerId: string; sourceId: string }
  hoveredId: string | null
  selectedId: string | null
  /**
   * Bounds to move to; each new `request` number moves the map, even to the same bounds.
   * `maxZoom` (default 13) caps how far it zooms in, e.g. higher for a single point.
   */
  focus: { bounds: MapBounds; request: number; maxZoom?: number } | null
  onHover: (hit: MapHit | null) => void
  onSelect: (id: string | null) => void
  /** After each render settles: the ids of the interactive layer's features drawn in view. */
  onRendered?: (ids: ReadonlySet<string>) => void
  /** A source failed to load (offline tiles, say); `sourceId` is undefined for other errors. */
  onError?: (message: string, sourceId: string | undefined) => void
  /** id of an element describing how to use the map, for screen readers. */
  describedBy?: string
  /** Point layers that take clicks before the wards (e.g. asset pins). */
  pointTargets?: readonly MapPointTarget[]
  /** Cluster layers: a click zooms in to where the cluster splits. */
  clusterTargets?: readonly MapClusterTarget[]
  /**
   * While set, a click that is not on a cluster gives its `[lng, lat]` here (choosing a place for
   * something new) instead of selecting what is under it; the cursor becomes a crosshair.
   */
  onPickLocation?: ((lngLat: [number, number]) => void) | null
  /** Map pieces (popups, markers from src/map/) drawn on this map. */
  children?: ReactNode
}

/**
 * The map, with every imperative MapLibre call behind declarative props: the style is swapped with
 * MapLibre's diff, highlights are feature state, and events come back as ids, never as HTML.
 */
export function MapView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [map, setMap] = useState<MapLibreMap | null>(null)
  const appliedStyle = useRef<StyleSpecification | null>(null)

  const createMap = useEffectEvent((container: HTMLDivElement) => {
    appliedStyle.current = props.style
    return new MapLibreMap({
      container,
      style: props.style,
      bounds: props.initialBounds,
      fitBoundsOptions: { padding: props.initialPadding ?? 16 },
      // `#map=zoom/lat/lng` in the URL: a view can be shared, and reopens where it was left.
      hash: 'map',
      attributionControl: false,
      locale: { 'Map.Title': props.label },
      dragRotate: false,
      pitchWithRotate: false,
    })
  })

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const created = createMap(container)
    created.addControl(new NavigationControl({ showCompass: false }), 'top-right')
    setMap(created)
    return () => {
      setMap(null)
      created.remove()
    }
  }, [])

  useEffect(() => {
    if (!map || appliedStyle.current === props.style) return
    appliedStyle.current = props.style
    map.setStyle(props.style, { diff: true })
  }, [map, props.style])

  useEffect(() => {
    if (!map) return
    const control = new AttributionControl({
      compact: false,
      customAttribution: props.customAttribution,
    })
    map.addControl(control, 'bottom-right')
    return () => {
      // On unmount the map itself is removed first (the effect above), taking its controls.
      if (map.hasControl(control)) map.removeControl(control)
    }
  }, [map, props.customAttribution])

  useEffect(() => {
    const canvas = map?.getCanvas()
    if (!canvas || !props.describedBy) return
    canvas.setAttribute('aria-describedby', props.describedBy)
    return () => canvas.removeAttribute('aria-describedby')
  }, [map, props.describedBy])

  useMapEvents(map, props)
  useFeatureHighlight(map, props.interactive.sourceId, props.hoveredId, props.selectedId)

  const { focus } = props
  const focusRequest = focus?.request
  const moveTo = useEffectEvent(() => {
    if (map && focus) map.fitBounds(focus.bounds, { padding: 48, maxZoom: focus.maxZoom ?? 13 })
  })
  useEffect(() => {
    if (focusRequest !== undefined) moveTo()
  }, [map, focusRequest])

  const picking = Boolean(props.onPickLocation)
  useEffect(() => {
    const canvas = map?.getCanvas()
    if (!canvas) return
    canvas.classList.toggle('is-picking', picking)
  }, [map, picking])

  return (
    <div ref={containerRef} className="map-view">
      <MapInstanceContext value={map}>{props.children}</MapInstanceContext>
    </div>
  )
}

// A finger is not a pixel: a click counts as on a pin within this many pixels of it.
const HIT_SLOP_PX = 6

function useMapEvents(map: MapLibreMap | null, props: MapViewProps) {
  const { layerId } = props.interactive
  const idsAt = (target: MapLibreMap, point: MapMouseEvent['point']) =>
    // Before the overlay has loaded the layer does not exist, and querying it would be an error.
    target.getLayer(layerId)
      ? target.queryRenderedFeatures(point, { layers: [layerId] }).map((f) => String(f.id))
      : []

  const featuresNear = (
    target: MapLibreMap,
    point: MapMouseEvent['point'],
    ids: readonly string[],
  ) => {
    const layers = ids.filter((id) => target.getLayer(id))
    if (layers.length === 0) return []
    const box: [[number, number], [number, number]] = [
      [point.x - HIT_SLOP_PX, point.y - HIT_SLOP_PX],
      [point.x + HIT_SLOP_PX, point.y + HIT_SLOP_PX],
    ]
    return target.queryRenderedFeatures(box, { layers })
  }
  const clusterLayers = (props.clusterTargets ?? []).map((t) => t.layerId)
  const pointLayers = (props.pointTargets ?? []).flatMap((t) => t.layerIds)

  const onMove = useEffectEvent((event: MapMouseEvent) => {
    const onPoint = featuresNear(event.target, event.point, [...clusterLayers, ...pointLayers])
    const [id] = onPoint.length ? [] : idsAt(event.target, event.point)
    event.target.getCanvas().style.cursor = id || onPoint.length ? 'pointer' : ''
    props.onHover(id ? { id, point: { x: event.point.x, y: event.point.y } } : null)
  })
  const onOut = useEffectEvent(() => props.onHover(null))
  const onClick = useEffectEvent((event: MapMouseEvent) => {
    const target = event.target
    const [cluster] = featuresNear(target, event.point, clusterLayers)
    const clusterTarget = props.clusterTargets?.find((t) => t.layerId === cluster?.layer.id)
    if (cluster && clusterTarget) {
      zoomIntoCluster(target, clusterTarget.sourceId, cluster)
      return
    }
    if (props.onPickLocation) {
      props.onPickLocation([event.lngLat.lng, event.lngLat.lat])
      return
    }
    for (const pointTarget of props.pointTargets ?? []) {
      const [hit] = featuresNear(target, event.point, pointTarget.layerIds)
      if (hit) {
        pointTarget.onClick({
          layerId: hit.layer.id,
          id: String(hit.id ?? hit.properties.id),
          properties: hit.properties,
        })
        return
      }
    }
    props.onSelect(idsAt(target, event.point)[0] ?? null)
  })
  const onIdle = useEffectEvent(() => {
    if (!map || !props.onRendered || !map.getLayer(layerId)) return
    const features = map.queryRenderedFeatures({ layers: [layerId] })
    props.onRendered(new Set(features.map((feature) => String(feature.id))))
  })
  const onError = useEffectEvent((event: ErrorEvent & { sourceId?: string }) => {
    if (props.onError) props.onError(event.error.message, event.sourceId)
    else console.error(event.error)
  })

  useEffect(() => {
    if (!map) return
    // Effect events are called from these wrappers, never handed to MapLibre themselves.
    const handlers = {
      mousemove: (event: MapMouseEvent) => onMove(event),
      mouseout: () => onOut(),
      click: (event: MapMouseEvent) => onClick(event),
      idle: () => onIdle(),
      error: (event: ErrorEvent & { sourceId?: string }) => onError(event),
    }
    map.on('mousemove', handlers.mousemove)
    map.on('mouseout', handlers.mouseout)
    map.on('click', handlers.click)
    map.on('idle', handlers.idle)
    map.on('error', handlers.error)
    return () => {
      map.off('mousemove', handlers.mousemove)
      map.off('mouseout', handlers.mouseout)
      map.off('click', handlers.click)
      map.off('idle', handlers.idle)
      map.off('error', handlers.error)
    }
  }, [map])
}

function zoomIntoCluster(
  map: MapLibreMap,
  sourceId: string,
  cluster: { geometry: GeoJSON.Geometry; properties: Record<string, unknown> },
) {
  const source = map.getSource<GeoJSONSource>(sourceId)
  const clusterId = cluster.properties.cluster_id
  if (!source || typeof clusterId !== 'number' || cluster.geometry.type !== 'Point') return
  const [lng, lat] = cluster.geometry.coordinates
  source
    .getClusterExpansionZoom(clusterId)
    .then((zoom) => map.easeTo({ center: [lng ?? 0, lat ?? 0], zoom }))
    .catch((error: unknown) => console.warn('Cluster zoom:', error))
}

// Highlights are feature state (promoted ids), so hovering repaints without touching the style.
// They are applied again after every style change, which may have rebuilt the source.
function useFeatureHighlight(
  map: MapLibreMap | null,
  sourceId: string,
  hoveredId: string | null,
  selectedId: string | null,
) {
  const apply = useEffectEvent(() => {
    if (!map?.getSource(sourceId)) return
    map.removeFeatureState({ source: sourceId })
    if (hoveredId) map.setFeatureState({ source: sourceId, id: hoveredId }, { hover: true })
    if (selectedId) map.setFeatureState({ source: sourceId, id: selectedId }, { selected: true })
  })
  useEffect(() => {
    apply()
  }, [map, hoveredId, selectedId])
  useEffect(() => {
    if (!map) return
    const onStyleData = () => apply()
    map.on('styledata', onStyleData)
    return () => {
      map.off('styledata', onStyleData)
    }
  }, [map])
}
