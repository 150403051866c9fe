/** The grid geometry gridRow needs. */
export interface RowGrid {
  originLat: number
  inverseCellLat: number
}

/**
 * Row of a latitude in a grid. Edges are filed into rows and points are looked up in rows with this
 * one formula (hot loops repeat it verbatim), so that a point whose latitude lies within an edge's
 * latitude span always finds the edge in its row: the formula is monotonic in `lat`.
 *
 * @param grid origin and inverse cell height
 * @param lat latitude, degrees
 * @returns the row (may be outside the grid)
 * @example
 * gridRow({ originLat: 51, inverseCellLat: 1000 }, 51.0005) // 0
 */
export function gridRow(grid: RowGrid, lat: number): number {
  return Math.floor((lat - grid.originLat) * grid.inverseCellLat)
}
