/**
 * A regular longitude/latitude grid over a set of ward polygons that answers "which ward contains
 * this point?" with Turf's semantics (see build-ward-lookup-grid.ts). Built once per region.
 *
 * `v = cells[row * columns + column]` is the ward index when the whole cell lies inside one ward and
 * no ward edge comes near it (v < wardCount), `wardCount` when it lies outside every ward, and
 * `wardCount + 1 + b` for boundary cell b. The table is 16-bit when everything fits (it does for
 * a county: small enough to stay in cache), else 32-bit. The record of boundary cell b starts at
 * `boundaryData[boundaryStart[b]]`:
 *
 *     candidateCount, then per candidate polygon part, in file order:
 *       ward, parity, breakpointCount, edgeCount,
 *       breakpoints (latitudes, ascending),
 *       edges (x1, y1, x2, y2 each)
 *
 * `edges` are the part's edges that overlap the cell's longitude span (and its latitude row).
 * Edges wholly west of the cell cross a point's leftward ray exactly when min(y1, y2) ≤ lat <
 * max(y1, y2); their combined parity is `parity` XOR (number of breakpoints ≤ lat) mod 2.
 */
export interface WardLookupGrid {
  /** West edge of column 0, degrees. */
  originLng: number
  /** South edge of row 0, degrees. */
  originLat: number
  /** Cell width, degrees of longitude. */
  cellLng: number
  /** Cell height, degrees of latitude. */
  cellLat: number
  /** 1 / cellLng: columns are `Math.floor((lng - originLng) * inverseCellLng)` everywhere. */
  inverseCellLng: number
  /** 1 / cellLat: rows are `Math.floor((lat - originLat) * inverseCellLat)` everywhere. */
  inverseCellLat: number
  columns: number
  rows: number
  cells: Uint16Array | Int32Array
  /**
   * Each boundary cell split into SUB × SUB sub-cells (row-major, 16 per cell): the ward index when
   * no edge comes near the sub-cell, `wardCount` for none, `wardCount + 1` to read the cell's record.
   */
  subCells: Uint16Array | Int32Array
  boundaryStart: Int32Array
  boundaryData: Float64Array
  /** Number of wards the grid was built for (including left-out ones, which never match). */
  wardCount: number
}
