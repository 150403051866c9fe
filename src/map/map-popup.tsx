import { Popup } from 'maplibre-gl'
import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useMapInstance } from './map-instance-context'

export interface MapPopupProps {
  /** `[lng, lat]` the popup points at. */
  lngLat: [number, number]
  /** The popup's accessible name, e.g. the asset's name. */
  label: string
  /** Called when the person closes it (its close button or Escape). */
  onClose: () => void
  /** React content: rendered as DOM nodes (text stays text), never as an HTML string. */
  children: ReactNode
}

/**
 * A MapLibre popup whose content is a React portal. Its DOM is built by React, so names and
 * descriptions are text nodes: nothing typed by a person is ever parsed as HTML (no `setHTML`).
 */
export function MapPopup({ lngLat, label, onClose, children }: MapPopupProps) {
  const map = useMapInstance()
  const [container] = useState(() => {
    const element = document.createElement('div')
    element.className = 'map-popup'
    element.setAttribute('role', 'dialog')
    return element
  })
  const popup = useRef<Popup | null>(null)
  const closed = useEffectEvent(() => onClose())
  const [lng, lat] = lngLat

  useEffect(() => {
    if (!map) return
    const created = new Popup({
      closeOnClick: false,
      focusAfterOpen: false,
      maxWidth: '18rem',
      offset: 12,
    })
      .setDOMContent(container)
      .setLngLat([lng, lat])
      .addTo(map)
    const onPopupClose = () => closed()
    created.on('close', onPopupClose)
    popup.current = created
    return () => {
      created.off('close', onPopupClose)
      created.remove()
      popup.current = null
    }
    // Created once per map; position and label follow below without recreating it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, container])

  useEffect(() => {
    popup.current?.setLngLat([lng, lat])
  }, [map, lng, lat])
  useEffect(() => {
    container.setAttribute('aria-label', label)
  }, [container, label])

  return createPortal(children, container)
}
