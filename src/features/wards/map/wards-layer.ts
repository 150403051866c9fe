import type { FeatureCollection } from 'geojson'
import type { ExpressionSpecification } from 'maplibre-gl'
import type { MapOverlay } from '../../../map/compose-style'
import { wardDataAttribution } from './ward-data-attribution'

/** Ids of the ward source and layers; the fill is the layer people hover and click. */
export const wardsLayerIds = {
  source: 'wards',
  fill: 'wards-fill',
  outline: 'wards-outline',
  selectedOutline: 'wards-selected-outline',
} as const

/** Colours chosen to read on both the built-in map and a light online basemap. */
export const wardColours = {
  fill: '#5b7a99',
  hover: '#e08a00',
  selected: '#1f4e9c',
  outline: '#4a5866',
} as const

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]

/**
 * The ward overlay: a light neutral fill so that the region reads as one place, outlines that thicken
 * as you zoom in, and hover and selection shown by feature state (no restyle on every mouse move).
 * Ward codes are promoted to feature ids, so the map reports a hovered or clicked ward by its code.
 *
 * @param wards - the ward layer's GeoJSON (properties include `ward_code`)
 * @returns sources and slotted layers for `composeStyle`
 */
export function wardsLayer(wards: FeatureCollection): MapOverlay {
  return {
    sources: {
      [wardsLayerIds.source]: {
        type: 'geojson',
        data: wards,
        promoteId: 'ward_code',
        attribution: wardDataAttribution,
      },
    },
    layers: [
      {
        slot: 'area-fill',
        layer: {
          id: wardsLayerIds.fill,
          type: 'fill',
          source: wardsLayerIds.source,
          paint: {
            'fill-color': [
              'case',
              isSelected,
              wardColours.selected,
              isHovered,
              wardColours.hover,
              wardColours.fill,
            ],
            'fill-opacity': ['case', isSelected, 0.45, isHovered, 0.4, 0.07],
          },
        },
      },
      {
        slot: 'area-outline',
        layer: {
          id: wardsLayerIds.outline,
          type: 'line',
          source: wardsLayerIds.source,
          paint: {
            'line-color': wardColours.outline,
            'line-opacity': 0.8,
            'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 12, 1.4, 15, 2.5],
          },
        },
      },
      {
        slot: 'area-highlight',
        layer: {
          id: wardsLayerIds.selectedOutline,
          type: 'line',
          source: wardsLayerIds.source,
          paint: {
            'line-color': wardColours.selected,
            'line-width': ['case', isSelected, 3, 0],
          },
        },
      },
    ],
  }
}
