import { gridRow } from './grid-row'
import { isInPartStrip, type PartStrips } from './is-in-part-strip'
import { describePartInCell } from './describe-part-in-cell'
import { GRID_MARGIN_DEGREES as MARGIN } from './grid-margin'
import { splitBoundaryCells } from './split-boundary-cells'
import { METRES_PER_DEGREE, RADIANS_PER_DEGREE } from './units'
import type { PolygonRings } from './validate-polygon-geometry'
import type { WardLookupGrid } from './ward-lookup-grid'

/**
 * Builds the ward lookup grid (see WardLookupGrid): a ~`cellMetres` longitude/latitude grid where a
 * cell that no ward edge comes near is answered by one array read, and a boundary cell tests only
 * the edges inside it. The answer is exactly Turf's `booleanPointInPolygon` (boundary counts as
 * inside), taken for the wards in file order, the first that contains the point winning: a point on
 * an edge shared by two wards is in the earlier ward only. Wards given as null contain nothing.
 *
 * @param wards per ward (index = ward index, file order), its polygons as rings of `[lng, lat]`
 *   (validated: closed rings of finite positions), or null to leave the ward out
 * @param cellMetres cell size in metres, default 100 (smaller: more memory, fewer boundary tests)
 * @returns the grid, for lookupWard
 * @example
 * const grid = buildWardLookupGrid([[[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]]])
 * lookupWard(grid, 0.5, 0.5) // 0
 */
export function buildWardLookupGrid(
  wards: readonly (readonly PolygonRings[] | null)[],
  cellMetres = 100,
): WardLookupGrid {
  const parts = collectParts(wards)
  const grid = createEmptyGrid(parts, wards.length, cellMetres)
  const strips = parts.map((part) => fileEdgesIntoStrips(grid, part))
  const touching = findTouchingParts(grid, parts)
  const boundaryCells = classifyCells(grid, parts, strips, touching)
  splitBoundaryCells(grid, boundaryCells)
  return grid
}

interface Part {
  ward: number
  /** Flat edge list x1, y1, x2, y2, … over all rings of the part. */
  edges: Float64Array
  minLng: number
  minLat: number
  maxLng: number
  maxLat: number
}

function collectParts(wards: readonly (readonly PolygonRings[] | null)[]): Part[] {
  const parts: Part[] = []
  wards.forEach((polygons, ward) => {
    for (const rings of polygons ?? []) {
      const edgeCount = rings.reduce((sum, ring) => sum + ring.length - 1, 0)
      const edges = new Float64Array(edgeCount * 4)
      const box = [Infinity, Infinity, -Infinity, -Infinity]
      let e = 0
      for (const ring of rings) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const [x1, y1] = ring[i]!
          const [x2, y2] = ring[i + 1]!
          edges.set([x1, y1, x2, y2], e)
          e += 4
          box[0] = Math.min(box[0]!, x1)
          box[1] = Math.min(box[1]!, y1)
          box[2] = Math.max(box[2]!, x1)
          box[3] = Math.max(box[3]!, y1)
        }
      }
      const [minLng, minLat, maxLng, maxLat] = box as [number, number, number, number]
      if (edgeCount > 0) parts.push({ ward, edges, minLng, minLat, maxLng, maxLat })
    }
  })
  return parts
}

function createEmptyGrid(parts: Part[], wardCount: number, cellMetres: number): WardLookupGrid {
  let [minLng, minLat, maxLng, maxLat] = [0, 0, 0, 0]
  if (parts.length > 0) {
    minLng = Math.min(...parts.map((p) => p.minLng))
    minLat = Math.min(...parts.map((p) => p.minLat))
    maxLng = Math.max(...parts.map((p) => p.maxLng))
    maxLat = Math.max(...parts.map((p) => p.maxLat))
  }
  const cellLat = cellMetres / METRES_PER_DEGREE
  const widest = Math.cos(Math.max(Math.abs(minLat), Math.abs(maxLat)) * RADIANS_PER_DEGREE)
  const cellLng = cellLat / Math.max(widest, 0.01)
  // One spare cell on every side, so that every point of every part maps to a real cell.
  const originLng = minLng - cellLng
  const originLat = minLat - cellLat
  const columns = Math.floor((maxLng - originLng) / cellLng) + 3
  const rows = Math.floor((maxLat - originLat) / cellLat) + 3
  return {
    originLng,
    originLat,
    cellLng,
    cellLat,
    inverseCellLng: 1 / cellLng,
    inverseCellLat: 1 / cellLat,
    columns,
    rows,
    cells: new Int32Array(columns * rows),
    subCells: new Uint16Array(0),
    boundaryStart: new Int32Array(0),
    boundaryData: new Float64Array(0),
    wardCount,
  }
}

/** Files each edge of a part under every grid row its latitude span covers. */
function fileEdgesIntoStrips(grid: WardLookupGrid, part: Part): PartStrips {
  const firstRow = gridRow(grid, part.minLat)
  const lastRow = gridRow(grid, part.maxLat)
  const offsets = new Int32Array(lastRow - firstRow + 2)
  const eachFiling = (visit: (index: number, edge: number) => void): void => {
    for (let e = 0; e < part.edges.length; e += 4) {
      const y1 = part.edges[e + 1]!
      const y2 = part.edges[e + 3]!
      const last = gridRow(grid, Math.max(y1, y2))
      for (let row = gridRow(grid, Math.min(y1, y2)); row <= last; row++) visit(row - firstRow, e)
    }
  }
  eachFiling((index) => offsets[index + 1]!++)
  for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!
  const fill = offsets.slice(0, -1)
  const edges = new Float64Array(offsets[offsets.length - 1]! * 4)
  eachFiling((index, e) => edges.set(part.edges.subarray(e, e + 4), fill[index]!++ * 4))
  return { firstRow, lastRow, offsets, edges }
}

/**
 * For each cell, the parts with an edge passing within MARGIN of it (ascending). Each edge is walked
 * row by row over the longitude span it covers in that row: a conservative raster, which may mark a
 * cell the edge just misses, never the reverse.
 */
function findTouchingParts(grid: WardLookupGrid, parts: Part[]): Map<number, number[]> {
  const touching = new Map<number, number[]>()
  const column = (lng: number): number => Math.floor((lng - grid.originLng) * grid.inverseCellLng)
  parts.forEach((part, p) => {
    const edges = part.edges
    for (let e = 0; e < edges.length; e += 4) {
      const [x1, y1, x2, y2] = [edges[e]!, edges[e + 1]!, edges[e + 2]!, edges[e + 3]!]
      const lowLat = Math.min(y1, y2)
      const highLat = Math.max(y1, y2)
      const lastRow = gridRow(grid, highLat + MARGIN)
      for (let row = gridRow(grid, lowLat - MARGIN); row <= lastRow; row++) {
        const bandLow = Math.max(lowLat, grid.originLat + row * grid.cellLat - MARGIN)
        const bandHigh = Math.min(highLat, grid.originLat + (row + 1) * grid.cellLat + MARGIN)
        let west = Math.min(x1, x2)
        let east = Math.max(x1, x2)
        if (y1 !== y2) {
          const xa = x1 + ((bandLow - y1) * (x2 - x1)) / (y2 - y1)
          const xb = x1 + ((bandHigh - y1) * (x2 - x1)) / (y2 - y1)
          west = Math.max(Math.min(xa, xb), west)
          east = Math.min(Math.max(xa, xb), east)
        }
        const lastColumn = column(east + MARGIN)
        for (let col = column(west - MARGIN); col <= lastColumn; col++) {
          const cell = row * grid.columns + col
          const list = touching.get(cell)
          if (list === undefined) touching.set(cell, [p])
          else if (list[list.length - 1] !== p) list.push(p)
        }
      }
    }
  })
  return touching
}

/**
 * Gives every cell its value. Runs of untouched cells along a row share one answer (no edge
 * separates them), found by testing the run's first cell centre; a touched cell gets a record of its
 * touching parts plus the first part that wholly contains it, in file order.
 */
function classifyCells(
  grid: WardLookupGrid,
  parts: Part[],
  strips: PartStrips[],
  touching: Map<number, number[]>,
): number[] {
  const rowParts: number[][] = Array.from({ length: grid.rows }, () => [])
  strips.forEach((s, p) => {
    for (let row = s.firstRow; row <= s.lastRow; row++) rowParts[row]!.push(p)
  })
  const starts: number[] = []
  const data: number[] = []
  const boundaryCells: number[] = []
  for (let row = 0; row < grid.rows; row++) {
    const south = grid.originLat + row * grid.cellLat
    const centreLat = south + 0.5 * grid.cellLat
    const centreRow = gridRow(grid, centreLat)
    const active = rowParts[row]!
    const firstContaining = (lng: number, skip: number[] | null): number => {
      for (const p of active) {
        const part = parts[p]!
        if (lng < part.minLng || lng > part.maxLng) continue
        if (centreLat < part.minLat || centreLat > part.maxLat) continue
        if (skip !== null && skip.includes(p)) continue
        if (isInPartStrip(strips[p]!, centreRow, lng, centreLat)) return p
      }
      return -1
    }
    let runValue = -3
    for (let col = 0; col < grid.columns; col++) {
      const cell = row * grid.columns + col
      const west = grid.originLng + col * grid.cellLng
      const centreLng = west + 0.5 * grid.cellLng
      const touched = touching.get(cell)
      if (touched === undefined) {
        if (runValue === -3) {
          const part = firstContaining(centreLng, null)
          runValue = part < 0 ? grid.wardCount : parts[part]!.ward
        }
        grid.cells[cell] = runValue
        continue
      }
      runValue = -3
      const holder = firstContaining(centreLng, touched)
      const candidates = touched.filter((p) => holder < 0 || p < holder)
      grid.cells[cell] = grid.wardCount + 1 + starts.length
      boundaryCells.push(cell)
      starts.push(data.length)
      data.push(candidates.length + (holder >= 0 ? 1 : 0))
      for (const p of candidates) {
        const box = [west, south, west + grid.cellLng, south + grid.cellLat] as const
        data.push(...describePartInCell(parts[p]!.ward, strips[p]!, row, box))
      }
      // A part that wholly contains the cell: inside everywhere (parity 1, nothing to test).
      if (holder >= 0) data.push(parts[holder]!.ward, 1, 0, 0)
    }
  }
  grid.boundaryStart = Int32Array.from(starts)
  grid.boundaryData = Float64Array.from(data)
  if (grid.wardCount + 1 + starts.length <= 0xffff) grid.cells = Uint16Array.from(grid.cells)
  return boundaryCells
}
