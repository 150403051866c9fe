import type { FeatureCollection } from 'geojson'
import type { ExpressionSpecification } from 'maplibre-gl'
import type { MapOverlay } from '../../../map/compose-style'
import type { WardCoverage } from '../../../core/partners/partner'
import { COVERAGE_STATUSES } from '../../../core/partners/partner'
import { COVERAGE_STYLE } from '../coverage-status'

/** Ids of the coverage map's source and layers; the fill is the layer people hover and click. */
export const coverageLayerIds = {
  source: 'coverage-wards',
  fill: 'coverage-wards-fill',
  outline: 'coverage-wards-outline',
  highlight: 'coverage-wards-highlight',
} as const

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]

/**
 * Each ward's fill by its coverage status: one `match` on the ward code with a branch per status
 * that holds wards (a new theme changes one paint property, not the data).
 *
 * @param wards scheme_coverage's rows
 * @returns a MapLibre expression, or the 'none' colour when no ward has another status
 */
export function coverageColour(wards: readonly WardCoverage[]): ExpressionSpecification | string {
  const branches: [string[], string][] = []
  for (const status of COVERAGE_STATUSES) {
    if (status === 'none') continue
    const codes = wards
      .filter((ward) => ward.status === status)
      .map((ward) => ward.wardCode)
      .sort()
    if (codes.length > 0) branches.push([codes, COVERAGE_STYLE[status].colour])
  }
  const [first, ...rest] = branches
  if (!first) return COVERAGE_STYLE.none.colour
  return [
    'match',
    ['get', 'ward_code'],
    first[0],
    first[1],
    ...rest.flat(),
    COVERAGE_STYLE.none.colour,
  ]
}

/**
 * The coverage choropleth over the ward layer's GeoJSON (the same file and ward codes as the map
 * and the gap analysis), with outlines and the hovered or selected ward's heavy outline.
 *
 * @param wards the ward layer's GeoJSON (properties include `ward_code`)
 * @param coverage scheme_coverage's rows
 * @returns sources and slotted layers for composeStyle
 */
export function coverageLayer(
  wards: FeatureCollection,
  coverage: readonly WardCoverage[],
): MapOverlay {
  return {
    sources: {
      [coverageLayerIds.source]: { type: 'geojson', data: wards, promoteId: 'ward_code' },
    },
    layers: [
      {
        slot: 'area-fill',
        layer: {
          id: coverageLayerIds.fill,
          type: 'fill',
          source: coverageLayerIds.source,
          paint: { 'fill-color': coverageColour(coverage), 'fill-opacity': 0.8 },
        },
      },
      {
        slot: 'area-outline',
        layer: {
          id: coverageLayerIds.outline,
          type: 'line',
          source: coverageLayerIds.source,
          paint: {
            'line-color': '#ffffff',
            'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.4, 12, 1.2],
          },
        },
      },
      {
        slot: 'area-highlight',
        layer: {
          id: coverageLayerIds.highlight,
          type: 'line',
          source: coverageLayerIds.source,
          paint: {
            'line-color': '#1d2733',
            'line-width': ['case', isSelected, 3.5, isHovered, 2, 0],
          },
        },
      },
    ],
  }
}
