import './gift-counts.css'
import { useMemo, useState, type ReactNode } from 'react'
import { summariseAreaCounts } from '../../core/residents/summarise-area-counts'
import type { MapOverlay } from '../../map/compose-style'
import { useAreaCounts } from './api/use-area-counts'
import { GiftCountsMapControl } from './components/gift-counts-map-control'
import { GiftCountsPanel } from './components/gift-counts-panel'
import { giftCountsLayer } from './map/gift-counts-layer'

export interface GiftCountsOptions {
  /** The ward boundaries' map source, which the layer paints. */
  wardSourceId: string
  /** The table is on show (its counts are read then, as when the layer is on). */
  panelShown: boolean
  /** Where the "Offer your gifts" form is, for the empty state. */
  offerHref: string
}

export interface GiftCounts {
  /** The layer while it is on (an empty array when off); stable between renders. */
  overlays: readonly MapOverlay[]
  /** The switch and key, for the map. */
  mapControl: ReactNode
  /** The table, for a side panel. */
  panel: ReactNode
}

/** People offering gifts per ward, for everyone: a layer to switch on, its key, and a table. */
export function useGiftCounts({
  wardSourceId,
  panelShown,
  offerHref,
}: GiftCountsOptions): GiftCounts {
  const [shown, setShown] = useState(false)
  const counts = useAreaCounts(shown || panelShown)
  const authorities = useMemo(
    () => (counts.status === 'ready' ? summariseAreaCounts(counts.counts) : []),
    [counts],
  )
  const wards = useMemo(() => authorities.flatMap((authority) => authority.wards), [authorities])
  const overlays = useMemo(
    () => (shown ? [giftCountsLayer(wardSourceId, wards)] : []),
    [shown, wardSourceId, wards],
  )
  return {
    overlays,
    mapControl: (
      <GiftCountsMapControl
        shown={shown}
        onShownChange={setShown}
        counts={counts}
        wardsWithFigure={wards.length}
      />
    ),
    panel: <GiftCountsPanel counts={counts} authorities={authorities} offerHref={offerHref} />,
  }
}
