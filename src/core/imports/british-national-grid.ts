import proj4 from 'proj4'

// OSGB 1936 / British National Grid with the Ordnance Survey's published seven-parameter
// transformation to WGS84: within about 5 m of OSTN15, well inside a map pin's precision.
const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs'
const toWgs84 = proj4(BNG, 'WGS84')

/** Whether an easting and northing lie on the British National Grid at all. */
export function isOnBritishNationalGrid(easting: number, northing: number): boolean {
  return easting >= 0 && easting <= 700_000 && northing >= 0 && northing <= 1_300_000
}

/** A British National Grid easting and northing as a longitude and latitude (6 decimals). */
export function britishNationalGridToLngLat(easting: number, northing: number): [number, number] {
  const [lng, lat] = toWgs84.forward([easting, northing])
  return [round6(lng!), round6(lat!)]
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6
