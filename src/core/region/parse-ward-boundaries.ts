import { kinks } from '@turf/turf'
import type { Feature, Polygon, Position } from 'geojson'
import type { RegionIssue } from './region-issue'
import type { WardBoundary } from './ward-boundary'

const WARD_CODE = /^[EWSN]05\d{6}$/
const LAD_CODE = /^[EWSN]0[6-9]\d{6}$/

/**
 * Reads and validates a ward boundary GeoJSON FeatureCollection (properties `ward_code`,
 * `ward_name`, `lad_code`, `lad_name`, optional `label_lon`/`label_lat`), in WGS84 lon/lat.
 *
 * Refuses, with the feature named: text that is not JSON (e.g. a truncated download), a CRS other
 * than WGS84, coordinates that are not longitude/latitude (e.g. British National Grid metres),
 * missing or malformed codes, duplicate ward codes, unclosed rings and self-intersecting polygons.
 *
 * @param text - the file's contents
 * @param file - the file's name, for messages
 * @returns the wards (Polygons promoted to MultiPolygons) and any issues; use the wards only when
 *   there are no issues
 * @example parseWardBoundaries(text, 'wards.geojson').wards.length // 257
 */
export function parseWardBoundaries(
  text: string,
  file: string,
): { wards: WardBoundary[]; issues: RegionIssue[] } {
  const issues: RegionIssue[] = []
  const fail = (where: string, message: string) => issues.push({ file, where, message })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    fail('', `is not valid JSON (${reason}); the file may be truncated: download it again`)
    return { wards: [], issues }
  }
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    fail('', 'is not a GeoJSON FeatureCollection')
    return { wards: [], issues }
  }
  const crsName = readCrsName(json.crs)
  if (crsName && !/(4326|CRS84)$/i.test(crsName)) {
    fail(
      '',
      `uses the coordinate reference system ${crsName}; convert it to WGS84 longitude/latitude (EPSG:4326) first, e.g. with ogr2ogr -t_srs EPSG:4326`,
    )
    return { wards: [], issues }
  }
  const wards: WardBoundary[] = []
  const firstIndexByCode = new Map<string, number>()
  json.features.forEach((feature: unknown, index: number) => {
    const ward = readWard(feature, index + 1, fail)
    if (!ward) return
    const earlier = firstIndexByCode.get(ward.wardCode)
    if (earlier !== undefined) {
      fail(
        `feature ${index + 1}`,
        `ward code ${ward.wardCode} is used again (first by feature ${earlier})`,
      )
      return
    }
    firstIndexByCode.set(ward.wardCode, index + 1)
    wards.push(ward)
  })
  if (json.features.length === 0) fail('', 'has no features')
  return { wards, issues }
}

function readWard(
  feature: unknown,
  number: number,
  fail: (where: string, message: string) => void,
): WardBoundary | null {
  if (!isRecord(feature) || !isRecord(feature.properties) || !isRecord(feature.geometry)) {
    fail(`feature ${number}`, 'is not a Feature with properties and a geometry')
    return null
  }
  const props = feature.properties
  const code = String(props.ward_code ?? '').trim()
  const where = code ? `feature ${number} (${code})` : `feature ${number}`
  if (!WARD_CODE.test(code)) {
    fail(where, code ? `ward_code '${code}' is not a GSS ward code (E05…)` : 'has no ward_code')
    return null
  }
  const ladCode = String(props.lad_code ?? '').trim()
  if (!LAD_CODE.test(ladCode)) {
    fail(where, `lad_code '${ladCode}' is not a GSS local authority code`)
    return null
  }
  const wardName = String(props.ward_name ?? '').trim()
  const ladName = String(props.lad_name ?? '').trim()
  if (!wardName || !ladName) {
    fail(where, 'has no ward_name or lad_name')
    return null
  }
  const geometry = feature.geometry
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    fail(where, `has a ${String(geometry.type)} geometry; wards must be Polygon or MultiPolygon`)
    return null
  }
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as Position[][][]
  const problem = findGeometryProblem(polygons)
  if (problem) {
    fail(where, problem)
    return null
  }
  const labelLon = Number(props.label_lon)
  const labelLat = Number(props.label_lat)
  return {
    wardCode: code,
    wardName,
    ladCode,
    ladName,
    geometry: { type: 'MultiPolygon', coordinates: polygons },
    labelPoint:
      props.label_lon != null && Number.isFinite(labelLon) && Number.isFinite(labelLat)
        ? [labelLon, labelLat]
        : null,
  }
}

function findGeometryProblem(polygons: Position[][][]): string | null {
  if (!Array.isArray(polygons) || polygons.length === 0) return 'has an empty geometry'
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0) return 'has a polygon with no rings'
    for (const ring of rings) {
      if (!Array.isArray(ring) || ring.length < 4) return 'has a ring with fewer than 4 positions'
      for (const position of ring) {
        const [lng, lat] = position as [unknown, unknown]
        if (typeof lng !== 'number' || typeof lat !== 'number' || !isFinite(lng + lat)) {
          return 'has a position that is not a pair of numbers'
        }
        if (Math.abs(lng) > 180 || Math.abs(lat) > 90) {
          return `has coordinates (${lng}, ${lat}) that are not longitude/latitude; the file looks like projected metres (e.g. British National Grid, EPSG:27700): convert it to WGS84 (EPSG:4326)`
        }
      }
      const first = ring[0]!
      const last = ring[ring.length - 1]!
      if (first[0] !== last[0] || first[1] !== last[1]) return 'has a ring that is not closed'
    }
  }
  for (const rings of polygons) {
    const polygon: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: rings },
    }
    const crossing = kinks(polygon).features[0]
    if (crossing) {
      const [lng, lat] = crossing.geometry.coordinates
      return `is not a valid polygon: its boundary crosses itself near (${lng?.toFixed(6)}, ${lat?.toFixed(6)})`
    }
  }
  return null
}

function readCrsName(crs: unknown): string | null {
  if (!isRecord(crs) || !isRecord(crs.properties)) return null
  const name = crs.properties.name
  return typeof name === 'string' ? name : null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
