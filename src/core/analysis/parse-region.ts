import { NEED_INDICATORS } from './need-indicators'
import { parseCsvRecords } from './parse-csv-records'
import { parseNumberText } from './parse-number-text'
import type { AnalysisIssue, RegionInput, RegionWardInput } from './types'

/** The text of a region's files (../shared/data), read by the caller (no I/O here). */
export interface RegionTexts {
  /** The manifest's wardBoundaries (full resolution: not the simplified file, for point in polygon). */
  wards: string
  /** The manifest's wardPopulation. */
  wardPopulation: string
  /** The manifest's wardDeprivation (optional: without it there are no IMD indicators). */
  wardImd?: string
  /** The manifest's smallAreaCentroids. */
  lsoaCentroids: string
  /** The manifest's postcodes (needed for the postcode residents model). */
  postcodes?: string
}

/**
 * Where residents are put: `lsoa` = each LSOA 2021 population-weighted centroid carries its Census
 * 2021 population; `postcode` = each postcode centroid carries an equal share of its LSOA's
 * population (an LSOA with no postcode keeps its centroid).
 */
export type ResidentModel = 'lsoa' | 'postcode'

export type ParsedRegion =
  { ok: true; region: RegionInput; issues: AnalysisIssue[] } | { ok: false; message: string }

/**
 * Turns a region's files' text into a region: wards in file order with geometry, Census 2021
 * population and need indicators; resident points by the chosen model. The resident points' wards
 * are not taken from the files' ward_code columns: prepareRegion computes them from the polygons.
 * Unusable values become issues (or NaN for prepareRegion and computeWardGaps to report); only a
 * ward file that is not a GeoJSON FeatureCollection, or a postcode model without postcodes, fails.
 *
 * @param regionName the region's name, for the words of the reasons (the manifest's display name)
 * @param texts the files' contents
 * @param residentModel `lsoa` (default) or `postcode`
 * @returns the region and issues, or why it cannot be read
 * @example
 * const parsed = parseRegion(region.name, { wards, wardPopulation, wardImd, lsoaCentroids })
 * if (parsed.ok) prepareRegion(parsed.region)
 */
export function parseRegion(
  regionName: string,
  texts: RegionTexts,
  residentModel: ResidentModel = 'lsoa',
): ParsedRegion {
  const issues: AnalysisIssue[] = []
  let collection: unknown
  try {
    collection = JSON.parse(texts.wards)
  } catch {
    return { ok: false, message: 'The ward file is not valid JSON' }
  }
  const features =
    isRecord(collection) && Array.isArray(collection.features) ? collection.features : null
  if (
    features === null ||
    collection === null ||
    (collection as { type?: unknown }).type !== 'FeatureCollection'
  ) {
    return { ok: false, message: 'The ward file is not a GeoJSON FeatureCollection' }
  }
  const population = byWardCode(parseCsvRecords(texts.wardPopulation).records)
  const imd = byWardCode(texts.wardImd === undefined ? [] : parseCsvRecords(texts.wardImd).records)
  const wards: RegionWardInput[] = []
  features.forEach((feature: unknown, index: number) => {
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {}
    const code =
      typeof properties.ward_code === 'string' ? properties.ward_code : `feature ${index + 1}`
    const name = typeof properties.ward_name === 'string' ? properties.ward_name : ''
    const people = population.get(code)
    if (people === undefined) {
      issues.push({
        severity: 'warning',
        message: `Ward ${code} (${name}) has no row in the population file; its rates are left empty`,
        wardCode: code,
      })
    }
    const indicators: Record<string, number | null> = {}
    for (const indicator of NEED_INDICATORS) {
      const source = indicator.file === 'wardDeprivation' ? imd.get(code) : people
      if (source !== undefined) indicators[indicator.key] = parseNumberText(source[indicator.key])
    }
    wards.push({
      code,
      name,
      population:
        people === undefined ? null : (parseNumberText(people.population_2021) ?? Number.NaN),
      geometry: isRecord(feature) ? feature.geometry : undefined,
      indicators,
    })
  })
  const lsoas = parseCsvRecords(texts.lsoaCentroids).records
  if (residentModel === 'lsoa') {
    return {
      ok: true,
      region: {
        name: regionName,
        wards,
        residents: {
          lng: Float64Array.from(lsoas, (r) => numberOrNaN(r.lon)),
          lat: Float64Array.from(lsoas, (r) => numberOrNaN(r.lat)),
          weight: Float64Array.from(lsoas, (r) => numberOrNaN(r.population_2021)),
        },
      },
      issues,
    }
  }
  if (texts.postcodes === undefined) {
    return { ok: false, message: 'The postcode residents model needs the postcode file' }
  }
  const residents = spreadOverPostcodes(lsoas, parseCsvRecords(texts.postcodes).records, issues)
  return { ok: true, region: { name: regionName, wards, residents }, issues }
}

/** Each postcode gets an equal share of its LSOA's population; LSOAs without postcodes keep their centroid. */
function spreadOverPostcodes(
  lsoas: Record<string, string | undefined>[],
  postcodes: Record<string, string | undefined>[],
  issues: AnalysisIssue[],
): RegionInput['residents'] {
  const perLsoa = new Map<string, number>()
  for (const postcode of postcodes) {
    const code = postcode.lsoa21_code ?? ''
    perLsoa.set(code, (perLsoa.get(code) ?? 0) + 1)
  }
  const people = new Map(lsoas.map((r) => [r.lsoa21_code ?? '', numberOrNaN(r.population_2021)]))
  const lng: number[] = []
  const lat: number[] = []
  const weight: number[] = []
  let unknown = 0
  for (const postcode of postcodes) {
    const code = postcode.lsoa21_code ?? ''
    const population = people.get(code)
    if (population === undefined) {
      unknown++
      continue
    }
    lng.push(numberOrNaN(postcode.lon))
    lat.push(numberOrNaN(postcode.lat))
    weight.push(population / perLsoa.get(code)!)
  }
  let fallback = 0
  for (const lsoa of lsoas) {
    if (perLsoa.has(lsoa.lsoa21_code ?? '')) continue
    fallback++
    lng.push(numberOrNaN(lsoa.lon))
    lat.push(numberOrNaN(lsoa.lat))
    weight.push(numberOrNaN(lsoa.population_2021))
  }
  if (unknown > 0) {
    issues.push({
      severity: 'warning',
      message: `${unknown} postcodes name an LSOA that is not in the LSOA file; they carry no residents`,
    })
  }
  if (fallback > 0) {
    issues.push({
      severity: 'warning',
      message: `${fallback} LSOAs have no postcode; their residents stay at the LSOA centroid`,
    })
  }
  return {
    lng: Float64Array.from(lng),
    lat: Float64Array.from(lat),
    weight: Float64Array.from(weight),
  }
}

function byWardCode(
  records: Record<string, string | undefined>[],
): Map<string, Record<string, string | undefined>> {
  return new Map(records.map((record) => [record.ward_code ?? '', record]))
}

function numberOrNaN(value: string | undefined): number {
  return parseNumberText(value) ?? Number.NaN
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
