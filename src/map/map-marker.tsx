import { Marker } from 'maplibre-gl'
import { useEffect, useEffectEvent, useRef } from 'react'
import { useMapInstance } from './map-instance-context'

export interface MapMarkerProps {
  lngLat: [number, number]
  /** What the marker is, for screen readers, e.g. "New asset location". */
  label: string
  /** Fill colour, `#rrggbb`. */
  colour: string
  /** Test id on the marker element, for end-to-end drivers. */
  testId?: string
  /**
   * Called with the new `[lng, lat]` when the marker is dragged and let go, or moved with the arrow
   * keys (each press moves it 10 px; with Shift, 1 px). Without it the marker does not move.
   */
  onMove?: (lngLat: [number, number]) => void
}

/**
 * A pin that can be dragged with a pointer or moved with the keyboard (it takes focus; arrow keys
 * nudge it), reporting where it was put. The element is built with DOM calls, never from HTML.
 */
export function MapMarker({ lngLat, label, colour, testId, onMove }: MapMarkerProps) {
  const map = useMapInstance()
  const marker = useRef<Marker | null>(null)
  const moved = useEffectEvent((to: [number, number]) => onMove?.(to))
  const movable = onMove !== undefined
  const [lng, lat] = lngLat

  useEffect(() => {
    if (!map) return
    const element = document.createElement('div')
    element.className = 'map-marker'
    // The pin's shape is a child: MapLibre positions the element itself with a transform, which a
    // rotation on the same element would turn too.
    const shape = document.createElement('div')
    shape.className = 'map-marker__pin'
    element.append(shape)
    const created = new Marker({ element, draggable: movable, anchor: 'bottom' })
      .setLngLat([lng, lat])
      .addTo(map)
    const onDragEnd = () => {
      const at = created.getLngLat()
      moved([at.lng, at.lat])
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const step = event.shiftKey ? 1 : 10
      const offsets: Record<string, [number, number]> = {
        ArrowLeft: [-step, 0],
        ArrowRight: [step, 0],
        ArrowUp: [0, -step],
        ArrowDown: [0, step],
      }
      const offset = offsets[event.key]
      if (!offset || !movable) return
      event.preventDefault()
      event.stopPropagation()
      const point = map.project(created.getLngLat())
      const to = map.unproject([point.x + offset[0], point.y + offset[1]])
      created.setLngLat(to)
      moved([to.lng, to.lat])
    }
    created.on('dragend', onDragEnd)
    element.addEventListener('keydown', onKeyDown)
    marker.current = created
    return () => {
      created.off('dragend', onDragEnd)
      element.removeEventListener('keydown', onKeyDown)
      created.remove()
      marker.current = null
    }
    // Made once per map and mode; position, label and colour follow below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, movable])

  useEffect(() => {
    marker.current?.setLngLat([lng, lat])
  }, [map, movable, lng, lat])
  useEffect(() => {
    const element = marker.current?.getElement()
    if (!element) return
    element.style.setProperty('--marker-colour', colour)
    element.setAttribute('aria-label', movable ? `${label}. Arrow keys move it.` : label)
    element.setAttribute('role', movable ? 'button' : 'img')
    element.tabIndex = movable ? 0 : -1
    if (testId) element.dataset.testid = testId
  }, [map, colour, label, movable, testId])

  return null
}
