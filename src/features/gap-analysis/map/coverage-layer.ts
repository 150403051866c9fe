import type { FeatureCollection, Point } from 'geojson'
import type { ExpressionSpecification } from 'maplibre-gl'
import type { MapOverlay } from '../../../map/compose-style'
import type { AnalysisAsset, ResidentCoverage } from '../worker/gap-analysis-result'

export const coverageLayerIds = {
  residents: 'gap-residents',
  beyond: 'gap-residents-beyond',
  within: 'gap-residents-within',
  planned: 'gap-planned',
  plannedPoint: 'gap-planned-point',
} as const

/** Colours of the coverage layer: dark red reads on every class colour of the choropleth. */
export const coverageColours = {
  beyond: '#9b1c1c',
  within: '#1d2733',
  planned: '#f0e442',
} as const

export interface ResidentProperties {
  population: number
  covered: boolean
}

/**
 * The resident points (LSOA population-weighted centroids) as GeoJSON for the coverage layer.
 *
 * @param residents from the analysis result
 * @returns one Point feature per resident point
 */
export function toResidentFeatures(
  residents: ResidentCoverage,
): FeatureCollection<Point, ResidentProperties> {
  return {
    type: 'FeatureCollection',
    features: residents.lng.map((lng, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, residents.lat[i]!] },
      properties: { population: residents.population[i]!, covered: residents.covered[i]! },
    })),
  }
}

/**
 * Where residents are beyond walking distance of the chosen kind: each small area's centroid as a
 * filled dark red circle sized by its population; those within reach as small hollow rings, so
 * the eye finds the gaps first. Planned (what-if) assets as yellow squares-ish dots on top.
 *
 * @param residents from toResidentFeatures
 * @param planned the lead's planned assets
 * @returns sources and slotted layers for composeStyle
 */
export function coverageLayer(
  residents: FeatureCollection<Point, ResidentProperties>,
  planned: readonly AnalysisAsset[],
): MapOverlay {
  // Circle area in proportion to the residents a point stands for.
  const radius: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['zoom'],
    8,
    ['interpolate', ['linear'], ['sqrt', ['get', 'population']], 30, 2, 60, 4],
    13,
    ['interpolate', ['linear'], ['sqrt', ['get', 'population']], 30, 6, 60, 12],
  ]
  return {
    sources: {
      [coverageLayerIds.residents]: { type: 'geojson', data: residents },
      [coverageLayerIds.planned]: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: planned.map((asset) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [asset.lng, asset.lat] },
            properties: { kind: asset.kind },
          })),
        },
      },
    },
    layers: [
      {
        slot: 'point',
        layer: {
          id: coverageLayerIds.within,
          type: 'circle',
          source: coverageLayerIds.residents,
          filter: ['==', ['get', 'covered'], true],
          paint: {
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 13, 4],
            'circle-color': 'rgba(0, 0, 0, 0)',
            'circle-stroke-color': coverageColours.within,
            'circle-stroke-width': 1,
            'circle-stroke-opacity': 0.6,
          },
        },
      },
      {
        slot: 'point',
        layer: {
          id: coverageLayerIds.beyond,
          type: 'circle',
          source: coverageLayerIds.residents,
          filter: ['==', ['get', 'covered'], false],
          paint: {
            'circle-radius': radius,
            'circle-color': coverageColours.beyond,
            'circle-opacity': 0.85,
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 1,
          },
        },
      },
      {
        slot: 'point',
        layer: {
          id: coverageLayerIds.plannedPoint,
          type: 'circle',
          source: coverageLayerIds.planned,
          paint: {
            'circle-radius': 7,
            'circle-color': coverageColours.planned,
            'circle-stroke-color': '#1d2733',
            'circle-stroke-width': 2.5,
          },
        },
      },
    ],
  }
}
