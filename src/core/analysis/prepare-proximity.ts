import { createDistanceThreshold } from '../geo/distance-threshold'
import { EARTH_RADIUS_METRES, METRES_PER_DEGREE, RADIANS_PER_DEGREE } from '../geo/units'
import type { ProximityIndex } from './proximity-index'
import type { PreparedRegion } from './types'

/** Above this many grid cells the cells are made larger (memory stays a few MB). */
const MAX_CELLS = 4_000_000

export interface ProximityOptions {
  /** Walking distance for coverage, metres; default 800 (a 10-minute walk). */
  walkDistanceMetres?: number
  /** Radius for reach, metres; default 1000. */
  reachRadiusMetres?: number
}

/**
 * Builds the proximity index for a prepared region and the two radii (see ProximityIndex).
 *
 * @param region from prepareRegion
 * @param options walking distance (default 800 m, ≥ 0) and reach radius (default 1,000 m, > 0)
 * @returns the index used by createWardAnalysis
 * @throws RangeError when a radius is not a finite number of metres in range
 * @example
 * const proximity = prepareProximity(prepared, { walkDistanceMetres: 800 })
 */
export function prepareProximity(
  region: PreparedRegion,
  options: ProximityOptions = {},
): ProximityIndex {
  const walkMetres = options.walkDistanceMetres ?? 800
  const reachMetres = options.reachRadiusMetres ?? 1000
  if (!(Number.isFinite(walkMetres) && walkMetres >= 0)) {
    throw new RangeError(`The walking distance must be 0 or more metres, not ${walkMetres}`)
  }
  if (!(Number.isFinite(reachMetres) && reachMetres > 0)) {
    throw new RangeError(`The reach radius must be a positive number of metres, not ${reachMetres}`)
  }
  const radius = Math.max(walkMetres, reachMetres)
  const { lng, lat } = region.residents
  const activeList: number[] = []
  region.residentWard.forEach((ward, i) => {
    if (ward >= 0) activeList.push(i)
  })
  const active = Int32Array.from(activeList)
  let [west, south, east, north] = [0, 0, 0, 0]
  if (active.length > 0) {
    ;[west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity]
    for (const i of active) {
      west = Math.min(west, lng[i]!)
      east = Math.max(east, lng[i]!)
      south = Math.min(south, lat[i]!)
      north = Math.max(north, lat[i]!)
    }
  }
  // Cells about an eighth of the radius: a reach disc then covers ~200 cells, ~130 of them wholly
  // (counted without distances), and sparse cells cost one read each.
  const residentMaxLat = Math.max(Math.abs(south), Math.abs(north))
  const roughCos = Math.cos(
    Math.min(89, residentMaxLat + (2 * radius) / METRES_PER_DEGREE) * RADIANS_PER_DEGREE,
  )
  const roughArea =
    ((north - south) * METRES_PER_DEGREE + 2 * radius) *
    ((east - west) * METRES_PER_DEGREE * roughCos + 2 * radius)
  const cellMetres = Math.max(radius / 8, Math.sqrt(roughArea / MAX_CELLS))
  // Every point of the grid lies within (radius + 3 cells) of a resident's latitude.
  const maxAbsLat = Math.min(89, residentMaxLat + (radius + 3 * cellMetres) / METRES_PER_DEGREE)
  const cosMax = Math.cos(maxAbsLat * RADIANS_PER_DEGREE)
  const cellLat = cellMetres / METRES_PER_DEGREE
  const cellLng = cellLat / cosMax
  const offsets = neighbourOffsets(cellLng, cellLat, cosMax, radius)
  const spanColumns = Math.max(...offsets.map((o) => Math.abs(o.column))) + 1
  const spanRows = Math.max(...offsets.map((o) => Math.abs(o.row))) + 1
  const originLng = west - spanColumns * cellLng
  const originLat = south - spanRows * cellLat
  const inverseCellLng = 1 / cellLng
  const inverseCellLat = 1 / cellLat
  // A resident's whole neighbourhood lies inside the grid, so resident loops need no bounds checks.
  const columns = Math.floor((east - originLng) * inverseCellLng) + spanColumns + 2
  const rows = Math.floor((north - originLat) * inverseCellLat) + spanRows + 2
  const within = (metres: number): number =>
    offsets.filter((o) => o.minMetres <= metres * (1 + 1e-6)).length

  const residentColumn = new Int32Array(lng.length)
  const residentRow = new Int32Array(lng.length)
  const residentCos = new Float64Array(lng.length)
  const residentSin = new Float64Array(lng.length)
  const slotOfCell = new Int32Array(columns * rows).fill(-1)
  for (const i of active) {
    const col = Math.floor((lng[i]! - originLng) * inverseCellLng)
    const row = Math.floor((lat[i]! - originLat) * inverseCellLat)
    residentColumn[i] = col
    residentRow[i] = row
    residentCos[i] = Math.cos(lat[i]! * RADIANS_PER_DEGREE)
    residentSin[i] = Math.sin(lat[i]! * RADIANS_PER_DEGREE)
    for (const o of offsets) slotOfCell[(row + o.row) * columns + col + o.column] = 0
  }
  let slotCount = 0
  for (let cell = 0; cell < slotOfCell.length; cell++) {
    if (slotOfCell[cell] === 0) slotOfCell[cell] = slotCount++
  }
  const slotResidentOffsets = new Int32Array(slotCount + 1)
  const slotOf = (i: number): number => slotOfCell[residentRow[i]! * columns + residentColumn[i]!]!
  for (const i of active) slotResidentOffsets[slotOf(i) + 1]!++
  for (let s = 0; s < slotCount; s++) slotResidentOffsets[s + 1]! += slotResidentOffsets[s]!
  const fill = slotResidentOffsets.slice(0, slotCount)
  const slotResidents = new Int32Array(active.length)
  for (const i of active) slotResidents[fill[slotOf(i)]!++] = i

  return {
    walk: createDistanceThreshold(walkMetres, maxAbsLat),
    reach: createDistanceThreshold(reachMetres, maxAbsLat),
    originLng,
    originLat,
    cellLng,
    cellLat,
    inverseCellLng,
    inverseCellLat,
    columns,
    rows,
    slotOfCell,
    slotCount,
    offsetColumn: Int32Array.from(offsets, (o) => o.column),
    offsetRow: Int32Array.from(offsets, (o) => o.row),
    walkOffsetCount: within(walkMetres),
    reachOffsetCount: within(reachMetres),
    activeResidents: active,
    residentColumn,
    residentRow,
    residentCos,
    residentSin,
    slotResidentOffsets,
    slotResidents,
    scratchSlots: new Int32Array(slotCount),
    scratchCells: new Uint8Array(columns * rows),
    scratchCellBits: new Int32Array(Math.ceil((columns * rows) / 32)),
  }
}

interface CellOffset {
  column: number
  row: number
  /** A lower bound on the distance from any point of the centre cell to any point of this cell. */
  minMetres: number
}

/**
 * Cell offsets that may hold a point within `radius` metres of a point in the centre cell, nearest
 * first. Bound: a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2) ≥ sin²(Δφmin/2) + cos² φmax sin²(Δλmin/2).
 */
function neighbourOffsets(
  cellLng: number,
  cellLat: number,
  cosMax: number,
  radius: number,
): CellOffset[] {
  const reachColumns = Math.ceil(radius / (cellLng * METRES_PER_DEGREE * cosMax)) + 1
  const reachRows = Math.ceil(radius / (cellLat * METRES_PER_DEGREE)) + 1
  const offsets: CellOffset[] = []
  for (let row = -reachRows; row <= reachRows; row++) {
    for (let column = -reachColumns; column <= reachColumns; column++) {
      const dLat = Math.max(0, Math.abs(row) - 1) * cellLat * RADIANS_PER_DEGREE
      const dLng = Math.max(0, Math.abs(column) - 1) * cellLng * RADIANS_PER_DEGREE
      const a = Math.sin(dLat / 2) ** 2 + cosMax * cosMax * Math.sin(dLng / 2) ** 2
      const minMetres = 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)))
      if (minMetres <= radius * (1 + 1e-6)) offsets.push({ column, row, minMetres })
    }
  }
  return offsets.sort(
    (a, b) =>
      a.minMetres - b.minMetres ||
      Math.abs(a.row) + Math.abs(a.column) - Math.abs(b.row) - Math.abs(b.column),
  )
}
