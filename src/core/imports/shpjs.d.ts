// shpjs 6 ships no types (and @types/shpjs describes version 3): the one function used here.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson'
  /** Reads a zipped Shapefile; a .prj brings its coordinates to longitude and latitude. */
  export function parseZip(
    buffer: ArrayBuffer | Uint8Array,
  ): Promise<FeatureCollection | FeatureCollection[]>
}
