import { findRingSelfCrossing } from './find-ring-self-crossing'

/** A polygon as rings of `[lng, lat]` positions: the first ring is the shell, the others holes. */
export type PolygonRings = readonly (readonly (readonly [number, number])[])[]

/** The result of validating a ward's geometry: its polygons, or why it cannot be used. */
export type PolygonValidation =
  { ok: true; polygons: PolygonRings[] } | { ok: false; reason: string }

/**
 * Checks that a value is a usable GeoJSON Polygon or MultiPolygon geometry and returns its polygons
 * (a Polygon becomes a list of one). Refused, with a reason a person can act on: another geometry
 * type or none; a ring with fewer than 4 positions; a position that is not two finite numbers within
 * longitude −180…180 and latitude −90…90; a ring whose first and last positions differ (not closed);
 * a ring whose edges cross each other (a "bow tie"). Rings that merely touch are accepted.
 *
 * @param geometry a parsed GeoJSON geometry (anything: it is checked)
 * @returns `{ ok: true, polygons }` or `{ ok: false, reason }`
 * @example
 * validatePolygonGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1]]] })
 * // { ok: false, reason: 'ring 1 of polygon 1 has 3 positions; a closed ring needs at least 4' }
 */
export function validatePolygonGeometry(geometry: unknown): PolygonValidation {
  if (!isRecord(geometry)) return { ok: false, reason: 'it has no geometry' }
  const { type, coordinates } = geometry
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return { ok: false, reason: `its geometry is ${String(type)}, not a Polygon or MultiPolygon` }
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    return { ok: false, reason: `its ${type} has no coordinates` }
  }
  const rawPolygons: unknown[] = type === 'Polygon' ? [coordinates] : coordinates
  const polygons: PolygonRings[] = []
  for (const [p, rawPolygon] of rawPolygons.entries()) {
    if (!Array.isArray(rawPolygon) || rawPolygon.length === 0) {
      return { ok: false, reason: `polygon ${p + 1} has no rings` }
    }
    const rings: (readonly [number, number])[][] = []
    for (const [r, rawRing] of rawPolygon.entries()) {
      const where = `ring ${r + 1} of polygon ${p + 1}`
      const ring = readRing(rawRing, where)
      if (typeof ring === 'string') return { ok: false, reason: ring }
      const crossing = findRingSelfCrossing(ring)
      if (crossing !== null) {
        return {
          ok: false,
          reason: `${where} crosses itself (edges ${crossing[0] + 1} and ${crossing[1] + 1})`,
        }
      }
      rings.push(ring)
    }
    polygons.push(rings)
  }
  return { ok: true, polygons }
}

function readRing(rawRing: unknown, where: string): (readonly [number, number])[] | string {
  if (!Array.isArray(rawRing)) return `${where} is not a list of positions`
  if (rawRing.length < 4) {
    return `${where} has ${rawRing.length} positions; a closed ring needs at least 4`
  }
  const ring: (readonly [number, number])[] = []
  for (const [i, position] of rawRing.entries()) {
    if (!Array.isArray(position) || position.length < 2) {
      return `${where}, position ${i + 1} is not a [longitude, latitude] pair`
    }
    const [lng, lat] = position as unknown[]
    if (typeof lng !== 'number' || !Number.isFinite(lng) || lng < -180 || lng > 180) {
      return `${where}, position ${i + 1}: longitude ${String(lng)} is not a number within -180…180`
    }
    if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
      return `${where}, position ${i + 1}: latitude ${String(lat)} is not a number within -90…90`
    }
    ring.push([lng, lat])
  }
  const first = ring[0]!
  const last = ring[ring.length - 1]!
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return `${where} is not closed (its first and last positions differ)`
  }
  return ring
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
