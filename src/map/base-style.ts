import type { FeatureCollection } from 'geojson'
import type { StyleSpecification } from 'maplibre-gl'

export interface BaseStyleOptions {
  /** The region's polygons (the wards), drawn as land; null until they have loaded. */
  region: FeatureCollection | null
  /** Attribution of the region data, shown by the map's attribution control. */
  attribution: string
}

/** Colours of the built-in map; land against a calm blue-grey "elsewhere", as on printed maps. */
export const baseStyleColours = {
  elsewhere: '#d6e2ea',
  land: '#fbf8f0',
  edge: '#a3adb8',
} as const

/**
 * The built-in basemap: a background and the region's own polygons as land with their edges. It
 * has no glyphs, sprite or tile URLs, so it fetches nothing and works with no network at all; it
 * is both the offline fallback and the style the end-to-end tests run on.
 *
 * @param options - the region's polygons and their attribution
 * @returns a MapLibre style (version 8)
 * @example createBaseStyle({ region: null, attribution: 'Source: ONS' }).layers.length // 1
 */
export function createBaseStyle(options: BaseStyleOptions): StyleSpecification {
  const background: StyleSpecification['layers'][number] = {
    id: 'base-background',
    type: 'background',
    paint: { 'background-color': baseStyleColours.elsewhere },
  }
  if (!options.region) return { version: 8, name: 'Built-in', sources: {}, layers: [background] }
  return {
    version: 8,
    name: 'Built-in',
    sources: {
      'base-region': { type: 'geojson', data: options.region, attribution: options.attribution },
    },
    layers: [
      background,
      {
        id: 'base-region-land',
        type: 'fill',
        source: 'base-region',
        paint: { 'fill-color': baseStyleColours.land },
      },
      {
        id: 'base-region-edge',
        type: 'line',
        source: 'base-region',
        paint: { 'line-color': baseStyleColours.edge, 'line-width': 0.5 },
      },
    ],
  }
}
