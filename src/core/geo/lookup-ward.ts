import { findWardInRecord } from './find-ward-in-record'
import { SUB_CELLS_PER_SIDE } from './sub-cells-per-side'
import type { WardLookupGrid } from './ward-lookup-grid'

/**
 * The ward containing a point, by the ward lookup grid: one array read for most points; in a
 * boundary cell, the few edges inside the cell. Same answer as testing Turf's
 * `booleanPointInPolygon` against every ward in file order and taking the first that says yes (so a
 * point on a shared edge is in the earlier ward).
 *
 * @param grid built by buildWardLookupGrid
 * @param lng longitude, degrees
 * @param lat latitude, degrees
 * @returns the ward index, or −1 when no ward contains the point (or a coordinate is NaN)
 * @example
 * lookupWard(grid, 0.4685, 51.7356) // index of the Chelmsford ward holding that point
 */
export function lookupWard(grid: WardLookupGrid, lng: number, lat: number): number {
  const x = (lng - grid.originLng) * grid.inverseCellLng
  const y = (lat - grid.originLat) * grid.inverseCellLat
  const col = Math.floor(x)
  const row = Math.floor(y)
  if (!(col >= 0 && col < grid.columns && row >= 0 && row < grid.rows)) return -1
  const value = grid.cells[row * grid.columns + col]!
  const wards = grid.wardCount
  if (value < wards) return value
  if (value === wards) return -1
  // A boundary cell: first its sub-cell (x − col is exact, in [0, 1)), then, near an edge, the record.
  const boundary = value - wards - 1
  const n = SUB_CELLS_PER_SIDE
  const sub =
    grid.subCells[boundary * n * n + Math.floor((y - row) * n) * n + Math.floor((x - col) * n)]!
  if (sub < wards) return sub
  if (sub === wards) return -1
  return findWardInRecord(grid.boundaryData, grid.boundaryStart[boundary]!, lng, lat)
}
