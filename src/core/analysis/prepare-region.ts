import { buildWardLookupGrid } from '../geo/build-ward-lookup-grid'
import { lookupWard } from '../geo/lookup-ward'
import { validatePolygonGeometry, type PolygonRings } from '../geo/validate-polygon-geometry'
import type { AnalysisIssue, PreparedRegion, PreparedWard, RegionInput } from './types'

/**
 * Checks a region and builds what depends on it alone: the ward lookup grid and the residents'
 * wards (each resident point belongs to the ward whose polygon contains it, decided here from the
 * polygons, first ward in file order on a shared edge). A ward whose geometry is refused, a
 * population that is not a non-negative number, or a resident point with bad coordinates or weight
 * is reported as an issue and left out; nothing here throws on bad data.
 *
 * @param region wards in file order with their geometry, population and indicators; resident points
 * @param lookupCellMetres ward lookup grid cell size in metres, default 100
 * @returns the prepared region, with its issues
 * @example
 * const prepared = prepareRegion({ name: region.name, wards, residents })
 * prepared.issues // [] for the shared region data
 */
export function prepareRegion(region: RegionInput, lookupCellMetres = 100): PreparedRegion {
  const issues: AnalysisIssue[] = []
  const wards: PreparedWard[] = []
  const polygons: (PolygonRings[] | null)[] = []
  for (const ward of region.wards) {
    const label = `Ward ${ward.code} (${ward.name})`
    const checked = validatePolygonGeometry(ward.geometry)
    if (!checked.ok) {
      issues.push({
        severity: 'error',
        message: `${label}: ${checked.reason}; the ward is left out of the analysis`,
        wardCode: ward.code,
      })
    }
    polygons.push(checked.ok ? checked.polygons : null)
    let population = ward.population
    if (population !== null && !(Number.isFinite(population) && population >= 0)) {
      issues.push({
        severity: 'warning',
        message: `${label}: population ${String(population)} is not a number of people; rates are left empty`,
        wardCode: ward.code,
      })
      population = null
    }
    wards.push({
      code: ward.code,
      name: ward.name,
      population,
      indicators: ward.indicators ?? {},
      included: checked.ok,
    })
  }
  const lookup = buildWardLookupGrid(polygons, lookupCellMetres)
  const { residents } = region
  const count = residents.lng.length
  const residentWard = new Int32Array(count)
  const wardCounts = new Int32Array(wards.length + 1)
  let outside = 0
  for (let i = 0; i < count; i++) {
    const lng = residents.lng[i]!
    const lat = residents.lat[i]!
    const weight = residents.weight[i]!
    const reason = describeBadResident(lng, lat, weight)
    if (reason !== null) {
      issues.push({
        severity: 'error',
        message: `Resident point ${i + 1}: ${reason}; left out`,
        row: i + 1,
      })
      residentWard[i] = -1
      continue
    }
    const ward = lookupWard(lookup, lng, lat)
    residentWard[i] = ward
    if (ward < 0) outside++
    else wardCounts[ward + 1]!++
  }
  if (outside > 0) {
    issues.push({
      severity: 'warning',
      message: `${outside} resident point${outside === 1 ? ' lies' : 's lie'} outside every ward and count${outside === 1 ? 's' : ''} towards no ward's coverage`,
    })
  }
  for (let w = 0; w < wards.length; w++) wardCounts[w + 1]! += wardCounts[w]!
  const fill = wardCounts.slice(0, wards.length)
  const wardResidents = new Int32Array(wardCounts[wards.length]!)
  // Residents stay in input order within a ward, so ward sums add in the same order as a plain loop.
  for (let i = 0; i < count; i++) {
    const ward = residentWard[i]!
    if (ward >= 0) wardResidents[fill[ward]!++] = i
  }
  return {
    name: region.name,
    wards,
    lookup,
    residents,
    residentWard,
    wardResidentOffsets: wardCounts,
    wardResidents,
    issues,
  }
}

function describeBadResident(lng: number, lat: number, weight: number): string | null {
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) {
    return `longitude ${String(lng)} is out of range (-180…180)`
  }
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    return `latitude ${String(lat)} is out of range (-90…90)`
  }
  if (!Number.isFinite(weight) || weight < 0) {
    return `population ${String(weight)} is not a number of people`
  }
  return null
}
