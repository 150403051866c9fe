import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  parseRegion,
  type RegionTexts,
  type ParsedRegion,
  type ResidentModel,
} from '../../src/core/analysis/parse-region'
import { buildRegion } from '../lib/paths'
import { readRegionManifest } from '../lib/read-region-sources'

/**
 * Reads a region's files, as its manifest names them, from a folder (full-resolution ward
 * boundaries, ward population and IMD, LSOA centroids, and postcodes for the postcode model) and
 * parses them.
 *
 * @param dir the folder, e.g. ../shared/data
 * @param residents the residents model
 * @param region the region's folder in data/regions (default: the one the app is built for)
 * @returns the region, or a one-line reason it cannot be read
 */
export function readRegionFiles(
  dir: string,
  residents: ResidentModel,
  region = buildRegion(),
): ParsedRegion {
  const read = (name: string, required: boolean): string | undefined => {
    try {
      return readFileSync(join(dir, name), 'utf8')
    } catch {
      if (required) throw new Error(`Cannot read the region file ${join(dir, name)}`)
      return undefined
    }
  }
  try {
    const { display, files } = readRegionManifest(region)
    const texts: RegionTexts = {
      wards: read(files.wardBoundaries.file, true)!,
      wardPopulation: read(files.wardPopulation.file, true)!,
      lsoaCentroids: read(files.smallAreaCentroids.file, true)!,
    }
    const wardImd = files.wardDeprivation && read(files.wardDeprivation.file, false)
    if (wardImd !== undefined) texts.wardImd = wardImd
    if (residents === 'postcode') {
      if (!files.postcodes) throw new Error(`The region ${region} has no postcode file`)
      texts.postcodes = read(files.postcodes.file, true)!
    }
    return parseRegion(display.name, texts, residents)
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
