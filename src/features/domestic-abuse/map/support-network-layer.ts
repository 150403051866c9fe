import type { FeatureCollection } from 'geojson'
import type { ExpressionSpecification } from 'maplibre-gl'
import type { SafeSpacePoint } from '../../../core/domestic-abuse/describe-support-network'
import type { ChampionCount } from '../../../core/partners/partner'
import type { MapOverlay } from '../../../map/compose-style'

export const supportLayerIds = {
  wards: 'support-wards',
  wardFill: 'support-ward-fill',
  wardOutline: 'support-ward-outline',
  safeSpaces: 'support-safe-spaces',
  safeSpacePoint: 'support-safe-space-point',
} as const

/** Champions per ward as fill classes: none, 1–4, 5 or more. */
export const championClasses = [
  { label: 'No champions recorded', min: 0, colour: 'rgba(0, 0, 0, 0)' },
  { label: '1 to 4 champions', min: 1, colour: '#c6dbef' },
  { label: '5 or more champions', min: 5, colour: '#4a86c5' },
] as const

/** Safe spaces' points: dark purple with a white ring, readable on every fill class. */
export const safeSpaceColour = '#5a1d7a'

/**
 * The wards (`ward_code` as feature id) filled by their champions count, with the public safe spaces
 * on top. Only points of public venues reach here (describeSupportNetwork), never a refuge.
 *
 * @param wards - ward boundaries with `ward_code` properties
 * @param counts - champions per ward
 * @param points - public safe-space venues
 * @returns sources and slotted layers for composeStyle
 */
export function supportNetworkLayer(
  wards: FeatureCollection,
  counts: readonly ChampionCount[],
  points: readonly SafeSpacePoint[],
): MapOverlay {
  const byCode = new Map(counts.map((count) => [count.wardCode, count.champions]))
  const fill: ExpressionSpecification = [
    'step',
    ['coalesce', ['get', 'champions'], 0],
    championClasses[0].colour,
    championClasses[1].min,
    championClasses[1].colour,
    championClasses[2].min,
    championClasses[2].colour,
  ]
  return {
    sources: {
      [supportLayerIds.wards]: {
        type: 'geojson',
        promoteId: 'ward_code',
        data: {
          type: 'FeatureCollection',
          features: wards.features.map((feature) => ({
            ...feature,
            properties: {
              ...feature.properties,
              champions: byCode.get(String(feature.properties?.ward_code ?? '')) ?? 0,
            },
          })),
        },
      },
      [supportLayerIds.safeSpaces]: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: points.map((point) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
            // The id as a property: MapLibre keeps only numeric feature ids.
            properties: { id: point.id },
          })),
        },
      },
    },
    layers: [
      {
        slot: 'area-fill',
        layer: {
          id: supportLayerIds.wardFill,
          type: 'fill',
          source: supportLayerIds.wards,
          paint: { 'fill-color': fill, 'fill-opacity': 0.7 },
        },
      },
      {
        slot: 'area-outline',
        layer: {
          id: supportLayerIds.wardOutline,
          type: 'line',
          source: supportLayerIds.wards,
          paint: { 'line-color': '#4f5d6b', 'line-width': 0.5 },
        },
      },
      {
        slot: 'point',
        layer: {
          id: supportLayerIds.safeSpacePoint,
          type: 'circle',
          source: supportLayerIds.safeSpaces,
          paint: {
            'circle-radius': 6,
            'circle-color': safeSpaceColour,
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 2,
          },
        },
      },
    ],
  }
}
