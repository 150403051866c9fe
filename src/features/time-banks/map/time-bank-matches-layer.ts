import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl'
import type { WardMatchCount } from '../../../core/time-banks/count-matches-by-ward'
import type { MapOverlay } from '../../../map/compose-style'

/** Ids of the matches layers. */
export const timeBankMatchesLayerIds = {
  fill: 'time-bank-matches-fill',
  outline: 'time-bank-matches-outline',
} as const

/** 1, 2, 3–4, 5 or more matches: ColorBrewer's 4-class Greens, light to dark. */
export const MATCH_COUNT_CLASSES = [
  { from: 1, label: '1 match', colour: '#c7e9c0' },
  { from: 2, label: '2 matches', colour: '#74c476' },
  { from: 3, label: '3 or 4', colour: '#31a354' },
  { from: 5, label: '5 or more', colour: '#006d2c' },
] as const

const none = 'rgba(0,0,0,0)'

/**
 * A listing's matches counted per ward, painted on the ward boundaries' own source: members'
 * places are wards, never points.
 *
 * @param wardSourceId - the source of the ward boundaries (features with `ward_code`)
 * @param counts - matches per ward
 * @returns slotted layers for `composeStyle` (no source of its own)
 */
export function timeBankMatchesLayer(
  wardSourceId: string,
  counts: readonly WardMatchCount[],
): MapOverlay {
  const arms = counts.flatMap((count) => [count.wardCode, colourOf(count.matches)])
  const colour = (
    arms.length > 0 ? ['match', ['get', 'ward_code'], ...arms, none] : none
  ) as DataDrivenPropertyValueSpecification<string>
  return {
    sources: {},
    layers: [
      {
        slot: 'area-fill',
        layer: {
          id: timeBankMatchesLayerIds.fill,
          type: 'fill',
          source: wardSourceId,
          paint: { 'fill-color': colour, 'fill-opacity': 0.8 },
        },
      },
      {
        slot: 'area-outline',
        layer: {
          id: timeBankMatchesLayerIds.outline,
          type: 'line',
          source: wardSourceId,
          filter: ['in', ['get', 'ward_code'], ['literal', counts.map((c) => c.wardCode)]],
          paint: { 'line-color': '#00441b', 'line-width': 1.2 },
        },
      },
    ],
  }
}

function colourOf(matches: number): string {
  let colour: string = MATCH_COUNT_CLASSES[0].colour
  for (const band of MATCH_COUNT_CLASSES) if (matches >= band.from) colour = band.colour
  return colour
}
