import type { FeatureCollection } from 'geojson'
import type { ExpressionSpecification } from 'maplibre-gl'
import type { MapOverlay } from '../../../map/compose-style'
import {
  BIVARIATE_CLASSES,
  NO_CLASS_COLOUR,
  bivariateColour,
  type BivariateClass,
} from '../bivariate-classes'

/** Ids of the choropleth's source and layers; the fill is the layer people hover and click. */
export const gapLayerIds = {
  source: 'gap-wards',
  fill: 'gap-wards-fill',
  outline: 'gap-wards-outline',
  highlight: 'gap-wards-highlight',
} as const

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]

/**
 * The fill colour of each ward by its need × supply class: one `match` on the ward code with a
 * branch per class that holds wards, so a new ranking changes one paint property, not the data.
 *
 * @param classes each ward's class by code (wards without one get the no-data colour)
 * @returns a MapLibre expression, or the no-data colour when no ward has a class
 */
export function choroplethColour(
  classes: ReadonlyMap<string, BivariateClass>,
): ExpressionSpecification | string {
  const branches: [string[], string][] = []
  for (const value of BIVARIATE_CLASSES) {
    const codes = [...classes]
      .filter(([, c]) => c.need === value.need && c.supply === value.supply)
      .map(([code]) => code)
      .sort()
    if (codes.length > 0) branches.push([codes, bivariateColour(value)])
  }
  const [first, ...rest] = branches
  if (!first) return NO_CLASS_COLOUR
  return ['match', ['get', 'ward_code'], first[0], first[1], ...rest.flat(), NO_CLASS_COLOUR]
}

/**
 * The bivariate choropleth: every ward filled by its class, outlines, and the hovered or
 * selected ward (feature state) drawn with a heavy outline, so the class colour stays readable.
 *
 * @param wards the ward layer's GeoJSON (properties include `ward_code`)
 * @param classes each ward's class by code
 * @returns sources and slotted layers for composeStyle
 */
export function gapChoroplethLayer(
  wards: FeatureCollection,
  classes: ReadonlyMap<string, BivariateClass>,
): MapOverlay {
  return {
    sources: {
      [gapLayerIds.source]: { type: 'geojson', data: wards, promoteId: 'ward_code' },
    },
    layers: [
      {
        slot: 'area-fill',
        layer: {
          id: gapLayerIds.fill,
          type: 'fill',
          source: gapLayerIds.source,
          paint: { 'fill-color': choroplethColour(classes), 'fill-opacity': 0.85 },
        },
      },
      {
        slot: 'area-outline',
        layer: {
          id: gapLayerIds.outline,
          type: 'line',
          source: gapLayerIds.source,
          paint: {
            'line-color': '#ffffff',
            'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.4, 12, 1.2],
          },
        },
      },
      {
        slot: 'area-highlight',
        layer: {
          id: gapLayerIds.highlight,
          type: 'line',
          source: gapLayerIds.source,
          paint: {
            'line-color': '#1d2733',
            'line-width': ['case', isSelected, 3.5, isHovered, 2, 0],
          },
        },
      },
    ],
  }
}
