import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  parseEssexRegion,
  type EssexRegionTexts,
  type ParsedRegion,
  type ResidentModel,
} from '../../src/core/analysis/parse-essex-region'

/**
 * Reads the Essex region files from a folder (full-resolution essex-wards.geojson, ward population
 * and IMD, LSOA centroids, and postcodes for the postcode model) and parses them.
 *
 * @param dir the folder, e.g. ../shared/data
 * @param residents the residents model
 * @returns the region, or a one-line reason it cannot be read
 */
export function readRegionFiles(dir: string, residents: ResidentModel): ParsedRegion {
  const read = (name: string, required: boolean): string | undefined => {
    try {
      return readFileSync(join(dir, name), 'utf8')
    } catch {
      if (required) throw new Error(`Cannot read the region file ${join(dir, name)}`)
      return undefined
    }
  }
  try {
    const texts: EssexRegionTexts = {
      wards: read('essex-wards.geojson', true)!,
      wardPopulation: read('essex-ward-population.csv', true)!,
      lsoaCentroids: read('essex-lsoa21-centroids.csv', true)!,
    }
    const wardImd = read('essex-ward-imd.csv', false)
    if (wardImd !== undefined) texts.wardImd = wardImd
    if (residents === 'postcode') texts.postcodes = read('essex-postcodes.csv', true)!
    return parseEssexRegion(texts, residents)
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
