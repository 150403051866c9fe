import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl'
import { GIFT_COUNT_CLASSES, giftCountClass } from '../../../core/residents/gift-count-classes'
import type { WardFigure } from '../../../core/residents/summarise-area-counts'
import type { MapOverlay } from '../../../map/compose-style'

/** Ids of the gifts layers. */
export const giftCountsLayerIds = {
  fill: 'gift-counts-fill',
  outline: 'gift-counts-outline',
} as const

/**
 * One colour per class of {@link GIFT_COUNT_CLASSES}, light to dark: ColorBrewer's 4-class Purples,
 * sequential and safe for colour-blind readers, and unlike the blue of the ward selection.
 */
export const GIFT_COUNT_COLOURS = ['#dadaeb', '#9e9ac8', '#756bb1', '#54278f'] as const

const none = 'rgba(0,0,0,0)'

/**
 * The public gifts map: a choropleth of the wards with a figure of their own (5 or more people),
 * painted on the ward boundaries' own source, so that a person is never a point: the database gives
 * counts per ward, and the geometry is the ward's. Wards without a figure keep the plain ward fill.
 *
 * @param wardSourceId - the source of the ward boundaries (features with `ward_code`)
 * @param wards - the wards with a figure
 * @returns slotted layers for `composeStyle` (no source of its own)
 */
export function giftCountsLayer(wardSourceId: string, wards: readonly WardFigure[]): MapOverlay {
  const byClass = GIFT_COUNT_CLASSES.map(() => [] as string[])
  for (const ward of wards) byClass[giftCountClass(ward.people)]?.push(ward.code)
  const arms = byClass.flatMap((codes, index) =>
    codes.length > 0 ? [codes, GIFT_COUNT_COLOURS[index] ?? none] : [],
  )
  const colour = (
    arms.length > 0 ? ['match', ['get', 'ward_code'], ...arms, none] : none
  ) as DataDrivenPropertyValueSpecification<string>
  const shown = wards.map((ward) => ward.code)
  return {
    sources: {},
    layers: [
      {
        slot: 'area-fill',
        layer: {
          id: giftCountsLayerIds.fill,
          type: 'fill',
          source: wardSourceId,
          paint: { 'fill-color': colour, 'fill-opacity': 0.8 },
        },
      },
      {
        slot: 'area-outline',
        layer: {
          id: giftCountsLayerIds.outline,
          type: 'line',
          source: wardSourceId,
          filter: ['in', ['get', 'ward_code'], ['literal', shown]],
          paint: { 'line-color': '#3f007d', 'line-width': 1.2 },
        },
      },
    ],
  }
}
