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

/**
 * A short fingerprint of the classes drawn (FNV-1a over each ward's code and class), so that a
 * test, or a person comparing two shared links, can tell whether two maps show the same thing.
 *
 * @param classes each ward's class by code
 * @returns 8 hex digits
 * @example choroplethSignature(new Map()) // '811c9dc5'
 */
export function choroplethSignature(classes: ReadonlyMap<string, BivariateClass>): string {
  let hash = 0x811c9dc5
  const text = [...classes]
    .map(([code, value]) => `${code}:${value.need}${value.supply}`)
    .sort()
    .join(';')
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
