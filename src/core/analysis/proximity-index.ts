import type { DistanceThreshold } from '../geo/distance-threshold'

/**
 * Structures for "assets near residents" that depend only on the region and the two radii (built
 * once by prepareProximity, reused for every asset set). A longitude/latitude grid of cells about an
 * eighth of the larger radius wide covers the residents' extent plus that radius. Cells that could
 * hold an asset within reach of some resident get a slot (0 … slotCount − 1); assets in other cells
 * can reach nobody and are dropped before bucketing. `offsetColumn/offsetRow` list the cell offsets
 * that can hold an asset within the larger radius of a point in the centre cell, nearest first;
 * the first `walkOffsetCount` suffice for the walking distance and `reachOffsetCount` for reach.
 */
export interface ProximityIndex {
  walk: DistanceThreshold
  reach: DistanceThreshold
  originLng: number
  originLat: number
  cellLng: number
  cellLat: number
  inverseCellLng: number
  inverseCellLat: number
  columns: number
  rows: number
  slotOfCell: Int32Array
  slotCount: number
  offsetColumn: Int32Array
  offsetRow: Int32Array
  walkOffsetCount: number
  reachOffsetCount: number
  /** Residents that belong to a ward (the only ones whose coverage counts), in input order. */
  activeResidents: Int32Array
  residentColumn: Int32Array
  residentRow: Int32Array
  residentCos: Float64Array
  residentSin: Float64Array
  /** Residents in slot s: `slotResidents[slotResidentOffsets[s] … slotResidentOffsets[s + 1]]`. */
  slotResidentOffsets: Int32Array
  slotResidents: Int32Array
  /**
   * Working space of computeResidentCoverage, one entry per slot, all 0 between calls (it resets
   * what it used): kept with the index so that an analysis allocates nothing of the grid's size.
   */
  scratchSlots: Int32Array
  /** Working space of computeResidentCoverage, one byte per grid cell, all 0 between calls. */
  scratchCells: Uint8Array
  /**
   * Working space of computeResidentCoverage, one bit per grid cell (cell c is bit c & 31 of word
   * c >>> 5), all 0 between calls: an eighth of scratchCells' size, so the pass over every asset
   * that looks up its cell here reads from cache instead of memory.
   */
  scratchCellBits: Int32Array
}
