import type { FeatureCollection, LineString, Point } from 'geojson'
import type { ExpressionSpecification } from 'maplibre-gl'
import { ASSET_KIND_STYLES, PINNABLE_KINDS } from '../../../core/assets/asset-kind-style'
import type { AssetFeatureProperties } from '../../../core/assets/to-asset-features'
import type { MapOverlay } from '../../../map/compose-style'

/** Ids of the asset sources and layers; pins and clusters are what people click. */
export const assetsLayerIds = {
  source: 'assets',
  clusters: 'assets-clusters',
  clusterCounts: 'assets-cluster-counts',
  points: 'assets-points',
  marks: 'assets-marks',
  selected: 'assets-selected',
  connectionsSource: 'asset-connections',
  connections: 'asset-connections-line',
} as const

/** Cluster sizes: the circle grows by steps, so size tells the count without reading the label. */
export const clusterSteps = [
  { from: 0, radius: 14, colour: '#3f5873' },
  { from: 25, radius: 19, colour: '#2d4560' },
  { from: 250, radius: 25, colour: '#1d3149' },
] as const

const kindColour: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...PINNABLE_KINDS.flatMap((kind) => [kind, ASSET_KIND_STYLES[kind].colour]),
  '#555555',
] as unknown as ExpressionSpecification
// Each pin's kind as a letter too, so that colour is never the only cue (WCAG 1.4.1).
const kindMark: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...PINNABLE_KINDS.flatMap((kind) => [kind, ASSET_KIND_STYLES[kind].mark]),
  '',
] as unknown as ExpressionSpecification
const kindMarkColour: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...PINNABLE_KINDS.flatMap((kind) => [kind, ASSET_KIND_STYLES[kind].markColour]),
  '#ffffff',
] as unknown as ExpressionSpecification
/** From this zoom (streets) pins are large enough to carry their kind's letter. */
const MARKS_FROM_ZOOM = 13
const isPending: ExpressionSpecification = ['==', ['get', 'status'], 'pending']
const isRetired: ExpressionSpecification = [
  'in',
  ['get', 'status'],
  ['literal', ['archived', 'rejected']],
]

export interface AssetsLayerData {
  points: FeatureCollection<Point, AssetFeatureProperties>
  /** Lines from the selected asset to those it is connected to. */
  connections: FeatureCollection<LineString>
  selectedId: string | null
}

/**
 * The assets overlay: a clustered GeoJSON source (MapLibre's Supercluster in its worker, so
 * thousands of pins stay fast), size-graded cluster circles with their counts, pins coloured per
 * kind (pending ones hollow, archived and rejected ones faded), a ring on the selected pin, and
 * lines to its connections. Counts are drawn with the browser's own fonts (MapLibre renders
 * glyphs locally when the style names no glyph server), so nothing is fetched.
 *
 * @param data - the points to draw, connections and the selected asset's id
 * @returns sources and slotted layers for `composeStyle`
 */
export function assetsLayer(data: AssetsLayerData): MapOverlay {
  return {
    sources: {
      [assetsLayerIds.source]: {
        type: 'geojson',
        data: data.points,
        cluster: true,
        clusterRadius: 44,
        clusterMaxZoom: 15,
        promoteId: 'id',
      },
      [assetsLayerIds.connectionsSource]: { type: 'geojson', data: data.connections },
    },
    layers: [
      {
        slot: 'point',
        layer: {
          id: assetsLayerIds.connections,
          type: 'line',
          source: assetsLayerIds.connectionsSource,
          paint: { 'line-color': '#1d2733', 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
        },
      },
      {
        slot: 'point',
        layer: {
          id: assetsLayerIds.clusters,
          type: 'circle',
          source: assetsLayerIds.source,
          filter: ['has', 'point_count'],
          paint: {
            'circle-color': [
              'step',
              ['get', 'point_count'],
              clusterSteps[0].colour,
              clusterSteps[1].from,
              clusterSteps[1].colour,
              clusterSteps[2].from,
              clusterSteps[2].colour,
            ],
            'circle-radius': [
              'step',
              ['get', 'point_count'],
              clusterSteps[0].radius,
              clusterSteps[1].from,
              clusterSteps[1].radius,
              clusterSteps[2].from,
              clusterSteps[2].radius,
            ],
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 2,
            'circle-opacity': 0.92,
          },
        },
      },
      {
        slot: 'point',
        layer: {
          id: assetsLayerIds.points,
          type: 'circle',
          source: assetsLayerIds.source,
          filter: ['!', ['has', 'point_count']],
          paint: {
            'circle-radius': [
              'interpolate',
              ['linear'],
              ['zoom'],
              8,
              5,
              MARKS_FROM_ZOOM,
              7.5,
              16,
              10,
            ],
            'circle-color': ['case', isPending, '#ffffff', kindColour],
            'circle-stroke-color': ['case', isPending, kindColour, '#ffffff'],
            'circle-stroke-width': ['case', isPending, 3, 1.5],
            'circle-opacity': ['case', isRetired, 0.45, 1],
            'circle-stroke-opacity': ['case', isRetired, 0.45, 1],
          },
        },
      },
      {
        slot: 'point',
        layer: {
          id: assetsLayerIds.selected,
          type: 'circle',
          source: assetsLayerIds.source,
          filter: ['==', ['get', 'id'], data.selectedId ?? ''],
          paint: {
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 9, 14, 13],
            'circle-color': 'rgba(0,0,0,0)',
            'circle-stroke-color': '#1d2733',
            'circle-stroke-width': 3,
          },
        },
      },
      {
        slot: 'point-label',
        layer: {
          id: assetsLayerIds.marks,
          type: 'symbol',
          source: assetsLayerIds.source,
          filter: ['!', ['has', 'point_count']],
          minzoom: MARKS_FROM_ZOOM,
          layout: {
            'text-field': kindMark,
            'text-font': ['sans-serif'],
            'text-size': 10,
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          },
          paint: {
            // A hollow (pending) pin is white inside: its letter is dark.
            'text-color': ['case', isPending, '#1d2733', kindMarkColour],
            'text-opacity': ['case', isRetired, 0.45, 1],
          },
        },
      },
      {
        slot: 'point-label',
        layer: {
          id: assetsLayerIds.clusterCounts,
          type: 'symbol',
          source: assetsLayerIds.source,
          filter: ['has', 'point_count'],
          layout: {
            'text-field': ['get', 'point_count_abbreviated'],
            'text-font': ['sans-serif'],
            'text-size': 12,
            'text-allow-overlap': true,
          },
          paint: { 'text-color': '#ffffff' },
        },
      },
    ],
  }
}
