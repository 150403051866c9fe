import './gift-counts.css'
import { useMemo, useState } from 'react'
import { summariseAreaCounts } from '../../core/residents/summarise-area-counts'
import type { MapContribution, PanelSelection } from '../../map/map-contribution'
import { useAreaCounts } from './api/use-area-counts'
import { GiftCountsMapControl } from './components/gift-counts-map-control'
import { GiftCountsPanel } from './components/gift-counts-panel'
import { giftCountsLayer } from './map/gift-counts-layer'

export const GIFTS_PANEL = 'gifts'

export interface GiftCountsOptions {
  panels: PanelSelection
  /** The ward boundaries' map source, which the layer paints. */
  wardSourceId: string
  /** Where the "Offer your gifts" form is, for the empty state. */
  offerHref: string
}

/**
 * People offering gifts per ward, for everyone: a layer (while switched on), its switch and key
 * on the map, and a table in the Gifts tab.
 */
export function useGiftCountsMapContribution({
  panels,
  wardSourceId,
  offerHref,
}: GiftCountsOptions): MapContribution {
  const [shown, setShown] = useState(false)
  // The counts are read while the layer is on or the table is on show.
  const counts = useAreaCounts(shown || panels.selected === GIFTS_PANEL)
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
    id: 'gift-counts',
    overlays,
    controls: (
      <GiftCountsMapControl
        shown={shown}
        onShownChange={setShown}
        counts={counts}
        wardsWithFigure={wards.length}
      />
    ),
    panels: [
      {
        id: GIFTS_PANEL,
        label: 'Gifts',
        order: 20,
        content: (
          <GiftCountsPanel counts={counts} authorities={authorities} offerHref={offerHref} />
        ),
      },
    ],
  }
}
