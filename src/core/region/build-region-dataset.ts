import { parseCsvTable, readNumber } from './parse-csv-table'
import { parseWardBoundaries } from './parse-ward-boundaries'
import type { RegionIssue } from './region-issue'
import type {
  RegionDataset,
  RegionIndicator,
  RegionPostcode,
  RegionSmallArea,
  RegionWard,
} from './region-dataset'

/** A region file's name and text. */
export interface SourceText {
  file: string
  text: string
}

/** The public files a region is built from; the optional ones add indicators and postcodes. */
export interface RegionSources {
  wardBoundaries: SourceText
  wardPopulation: SourceText
  smallAreaCentroids: SourceText
  wardDeprivation?: SourceText
  smallAreaDeprivation2025?: SourceText
  postcodes?: SourceText
}

const IMD_SOURCE_2025 = 'MHCLG English Indices of Deprivation 2025, population-weighted to wards'
const IMD_SOURCE_2019 = 'MHCLG English Indices of Deprivation 2019, population-weighted to wards'
const CENSUS_SOURCE = 'ONS Census 2021'

// Ward indicator columns of the deprivation and population files, with their key, source and year.
const WARD_DEPRIVATION_COLUMNS: Array<[string, string, string, number]> = [
  ['imd2025_score_popweighted', 'imd2025_score', IMD_SOURCE_2025, 2025],
  ['imd2025_income_rate_popweighted', 'imd2025_income_rate', IMD_SOURCE_2025, 2025],
  ['imd2025_employment_rate_popweighted', 'imd2025_employment_rate', IMD_SOURCE_2025, 2025],
  ['imd2025_pct_pop_national_decile_1', 'imd2025_pct_most_deprived_tenth', IMD_SOURCE_2025, 2025],
  ['imd2019_score_popweighted', 'imd2019_score', IMD_SOURCE_2019, 2019],
  ['imd2019_income_rate_popweighted', 'imd2019_income_rate', IMD_SOURCE_2019, 2019],
  ['imd2019_employment_rate_popweighted', 'imd2019_employment_rate', IMD_SOURCE_2019, 2019],
  ['imd2019_pct_pop_national_decile_1', 'imd2019_pct_most_deprived_tenth', IMD_SOURCE_2019, 2019],
]
const WARD_POPULATION_COLUMNS: Array<[string, string, string, number]> = [
  ['pct_age_65_plus', 'pct_age_65_plus', CENSUS_SOURCE, 2021],
  ['pct_age_0_15', 'pct_age_0_15', CENSUS_SOURCE, 2021],
  ['density_per_km2', 'density_per_km2', CENSUS_SOURCE, 2021],
]
const SMALL_AREA_DEPRIVATION_COLUMNS: Array<[string, string]> = [
  ['imd_score', 'imd2025_score'],
  ['imd_decile', 'imd2025_decile'],
]
// IMD 2025 domain scores of the LSOAs, population-weighted to ward indicators (the need measures
// of partners' scheme themes; docs/partners.md). Optional columns: a file without them adds none.
const SMALL_AREA_DOMAIN_COLUMNS: Array<[string, string]> = [
  ['crime_score', 'imd2025_crime_score'],
  ['health_score', 'imd2025_health_score'],
  ['housing_services_score', 'imd2025_housing_score'],
]

/**
 * Reads, validates and joins a region's public files into one dataset. Nothing is returned unless
 * every file is sound, so an importer can write all or nothing.
 *
 * @returns `{ ok: true, dataset }`, or `{ ok: false, issues }` listing every problem found
 * @example buildRegionDataset(sources).ok
 */
export function buildRegionDataset(
  sources: RegionSources,
): { ok: true; dataset: RegionDataset } | { ok: false; issues: RegionIssue[] } {
  const issues: RegionIssue[] = []
  const boundaries = parseWardBoundaries(sources.wardBoundaries.text, sources.wardBoundaries.file)
  // Other files are checked against the wards, so a broken boundary file is reported alone:
  // its follow-on "unknown ward" messages would only hide the real problem.
  if (boundaries.issues.length > 0) return { ok: false, issues: boundaries.issues }
  const wardCodes = new Set(boundaries.wards.map((ward) => ward.wardCode))

  const population = readWardPopulation(sources.wardPopulation, wardCodes, issues)
  const wards: RegionWard[] = []
  for (const ward of boundaries.wards) {
    const people = population.values.get(ward.wardCode)
    if (people === undefined) {
      issues.push({
        file: sources.wardPopulation.file,
        where: '',
        message: `has no population for ward ${ward.wardCode} (${ward.wardName})`,
      })
      continue
    }
    wards.push({ ...ward, population: people })
  }
  const wardIndicators = [...population.indicators]
  if (sources.wardDeprivation) {
    wardIndicators.push(
      ...readWardColumns(sources.wardDeprivation, WARD_DEPRIVATION_COLUMNS, wardCodes, issues),
    )
  }
  const smallAreas = readSmallAreas(sources.smallAreaCentroids, wardCodes, issues)
  const smallAreaCodes = new Set(smallAreas.map((area) => area.smallAreaCode))
  const smallAreaIndicators = sources.smallAreaDeprivation2025
    ? readSmallAreaDeprivation(sources.smallAreaDeprivation2025, smallAreaCodes, issues)
    : []
  if (sources.smallAreaDeprivation2025) {
    wardIndicators.push(
      ...weightDomainsToWards(sources.smallAreaDeprivation2025, smallAreas, issues),
    )
  }
  const postcodes = sources.postcodes ? readPostcodes(sources.postcodes, wardCodes, issues) : []

  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    dataset: { wards, smallAreas, wardIndicators, smallAreaIndicators, postcodes },
  }
}

function readWardPopulation(source: SourceText, wardCodes: Set<string>, issues: RegionIssue[]) {
  const table = parseCsvTable(source.text, source.file, ['ward_code', 'population_2021'])
  issues.push(...table.issues)
  const values = new Map<string, number>()
  for (const { row, cells } of table.rows) {
    const code = checkWardCode(cells, source.file, row, wardCodes, issues)
    if (!code) continue
    const value = readNumber(cells, 'population_2021')
    if (typeof value === 'string' || value < 0 || !Number.isInteger(value)) {
      issues.push({
        file: source.file,
        where: `row ${row}`,
        message: `population_2021 '${cells.population_2021}' is not a whole number of people`,
      })
      continue
    }
    if (values.has(code)) {
      issues.push({ file: source.file, where: `row ${row}`, message: `ward ${code} appears twice` })
      continue
    }
    values.set(code, value)
  }
  const indicators = readWardColumns(source, WARD_POPULATION_COLUMNS, wardCodes, [], table)
  return { values, indicators }
}

function readWardColumns(
  source: SourceText,
  columns: Array<[string, string, string, number]>,
  wardCodes: Set<string>,
  issues: RegionIssue[],
  parsed = parseCsvTable(source.text, source.file, ['ward_code']),
): RegionIndicator[] {
  issues.push(...parsed.issues)
  const indicators: RegionIndicator[] = []
  const seen = new Set<string>()
  for (const { row, cells } of parsed.rows) {
    const code = checkWardCode(cells, source.file, row, wardCodes, issues)
    if (!code) continue
    if (seen.has(code)) {
      issues.push({ file: source.file, where: `row ${row}`, message: `ward ${code} appears twice` })
      continue
    }
    seen.add(code)
    for (const [column, indicator, origin, year] of columns) {
      if (!(column in cells) || cells[column]?.trim() === '') continue
      const value = readNumber(cells, column)
      if (typeof value === 'string') {
        issues.push({ file: source.file, where: `row ${row}`, message: value })
        continue
      }
      indicators.push({ areaCode: code, indicator, value, source: origin, year })
    }
  }
  return indicators
}

function readSmallAreas(
  source: SourceText,
  wardCodes: Set<string>,
  issues: RegionIssue[],
): RegionSmallArea[] {
  const required = ['lsoa21_code', 'lsoa21_name', 'ward_code', 'lon', 'lat', 'population_2021']
  const table = parseCsvTable(source.text, source.file, required)
  issues.push(...table.issues)
  const areas: RegionSmallArea[] = []
  const seen = new Set<string>()
  for (const { row, cells } of table.rows) {
    const where = `row ${row}`
    const code = (cells.lsoa21_code ?? '').trim()
    if (!/^[EW]01\d{6}$/.test(code)) {
      issues.push({
        file: source.file,
        where,
        message: `lsoa21_code '${code}' is not an LSOA code`,
      })
      continue
    }
    if (seen.has(code)) {
      issues.push({ file: source.file, where, message: `LSOA ${code} appears twice` })
      continue
    }
    seen.add(code)
    const wardCode = checkWardCode(cells, source.file, row, wardCodes, issues)
    const point = readPoint(cells, source.file, row, issues)
    const population = readNumber(cells, 'population_2021')
    if (typeof population === 'string') {
      issues.push({ file: source.file, where, message: population })
      continue
    }
    if (!wardCode || !point) continue
    areas.push({
      smallAreaCode: code,
      smallAreaName: cells.lsoa21_name ?? code,
      wardCode,
      population,
      point,
    })
  }
  return areas
}

function readSmallAreaDeprivation(
  source: SourceText,
  smallAreaCodes: Set<string>,
  issues: RegionIssue[],
): RegionIndicator[] {
  const table = parseCsvTable(source.text, source.file, ['lsoa21_code', 'imd_score'])
  issues.push(...table.issues)
  const indicators: RegionIndicator[] = []
  for (const { row, cells } of table.rows) {
    const code = (cells.lsoa21_code ?? '').trim()
    if (!smallAreaCodes.has(code)) {
      issues.push({
        file: source.file,
        where: `row ${row}`,
        message: `LSOA ${code} is not in the small-area centroids file`,
      })
      continue
    }
    for (const [column, indicator] of SMALL_AREA_DEPRIVATION_COLUMNS) {
      const value = readNumber(cells, column)
      if (typeof value === 'string') {
        issues.push({ file: source.file, where: `row ${row}`, message: value })
        continue
      }
      indicators.push({
        areaCode: code,
        indicator,
        value,
        source: 'MHCLG English Indices of Deprivation 2025',
        year: 2025,
      })
    }
  }
  return indicators
}

/**
 * Each ward's population-weighted mean of its LSOAs' domain scores (Census 2021 populations of the
 * centroids file), as the ward IMD file weights the overall score. A ward none of whose LSOAs has
 * a score gets no value.
 */
function weightDomainsToWards(
  source: SourceText,
  smallAreas: readonly RegionSmallArea[],
  issues: RegionIssue[],
): RegionIndicator[] {
  const table = parseCsvTable(source.text, source.file, ['lsoa21_code'])
  const header = new Set(table.rows[0] ? Object.keys(table.rows[0].cells) : [])
  const columns = SMALL_AREA_DOMAIN_COLUMNS.filter(([column]) => header.has(column))
  const areas = new Map(smallAreas.map((area) => [area.smallAreaCode, area]))
  // indicator → ward → [sum of population × score, sum of population]
  const sums = new Map<string, Map<string, [number, number]>>()
  for (const { row, cells } of table.rows) {
    const area = areas.get((cells.lsoa21_code ?? '').trim())
    if (!area) continue
    for (const [column, indicator] of columns) {
      const value = readNumber(cells, column)
      if (typeof value === 'string') {
        issues.push({ file: source.file, where: `row ${row}`, message: value })
        continue
      }
      const byWard = sums.get(indicator) ?? new Map<string, [number, number]>()
      sums.set(indicator, byWard)
      const [weighted, people] = byWard.get(area.wardCode) ?? [0, 0]
      byWard.set(area.wardCode, [weighted + value * area.population, people + area.population])
    }
  }
  const indicators: RegionIndicator[] = []
  for (const [indicator, byWard] of sums) {
    for (const [wardCode, [weighted, people]] of byWard) {
      if (people <= 0) continue
      indicators.push({
        areaCode: wardCode,
        indicator,
        value: Math.round((weighted / people) * 1000) / 1000,
        source: IMD_SOURCE_2025,
        year: 2025,
      })
    }
  }
  return indicators
}

function readPostcodes(
  source: SourceText,
  wardCodes: Set<string>,
  issues: RegionIssue[],
): RegionPostcode[] {
  const table = parseCsvTable(source.text, source.file, ['postcode', 'lon', 'lat'])
  issues.push(...table.issues)
  const postcodes: RegionPostcode[] = []
  const seen = new Set<string>()
  for (const { row, cells } of table.rows) {
    const postcode = (cells.postcode ?? '').trim().toUpperCase().replace(/\s+/g, ' ')
    if (!/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(postcode)) {
      issues.push({
        file: source.file,
        where: `row ${row}`,
        message: `'${cells.postcode}' is not a postcode`,
      })
      continue
    }
    if (seen.has(postcode)) {
      issues.push({
        file: source.file,
        where: `row ${row}`,
        message: `postcode ${postcode} appears twice`,
      })
      continue
    }
    seen.add(postcode)
    const point = readPoint(cells, source.file, row, issues)
    if (!point) continue
    const wardCode = (cells.ward_code ?? '').trim()
    postcodes.push({
      postcode,
      point,
      wardCode: wardCodes.has(wardCode) ? wardCode : null,
      smallAreaCode: (cells.lsoa21_code ?? '').trim() || null,
    })
  }
  return postcodes
}

function checkWardCode(
  cells: Record<string, string>,
  file: string,
  row: number,
  wardCodes: Set<string>,
  issues: RegionIssue[],
): string | null {
  const code = (cells.ward_code ?? '').trim()
  if (!wardCodes.has(code)) {
    issues.push({
      file,
      where: `row ${row}`,
      message: `ward code '${code}' is not in the ward boundaries`,
    })
    return null
  }
  return code
}

function readPoint(
  cells: Record<string, string>,
  file: string,
  row: number,
  issues: RegionIssue[],
): [number, number] | null {
  const lng = readNumber(cells, 'lon')
  const lat = readNumber(cells, 'lat')
  if (typeof lng === 'string' || typeof lat === 'string') {
    issues.push({ file, where: `row ${row}`, message: typeof lng === 'string' ? lng : String(lat) })
    return null
  }
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    issues.push({
      file,
      where: `row ${row}`,
      message: `(${lng}, ${lat}) is not a longitude and latitude`,
    })
    return null
  }
  return [lng, lat]
}
