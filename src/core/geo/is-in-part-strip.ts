import { classifyEdge, EDGE_CROSSING, EDGE_ON_BOUNDARY } from './classify-edge'

/** One polygon part's edges filed by grid row (built inside buildWardLookupGrid). */
export interface PartStrips {
  firstRow: number
  lastRow: number
  /** Edges of row r: `edges[4 × e …]` for e in `offsets[r − firstRow] … offsets[r − firstRow + 1]`. */
  offsets: Int32Array
  edges: Float64Array
}

/**
 * Turf's point-in-polygon (`booleanPointInPolygon`, boundary inside) for one polygon part, visiting
 * only the part's edges filed under the point's row: an edge whose latitude span misses the point
 * can neither cross its leftward ray nor hold it (classify-edge.ts).
 *
 * @param strips the part's edges by row
 * @param row the point's grid row (gridRow)
 * @param lng point longitude, degrees
 * @param lat point latitude, degrees
 * @returns true when the part contains the point or the point lies on its boundary
 * @example
 * isInPartStrip(strips, gridRow(grid, 0.5), 0.5, 0.5) // true for the unit square
 */
export function isInPartStrip(strips: PartStrips, row: number, lng: number, lat: number): boolean {
  if (row < strips.firstRow || row > strips.lastRow) return false
  const { offsets, edges } = strips
  let inside = false
  const end = offsets[row - strips.firstRow + 1]! * 4
  for (let e = offsets[row - strips.firstRow]! * 4; e < end; e += 4) {
    const edge = classifyEdge(lng, lat, edges[e]!, edges[e + 1]!, edges[e + 2]!, edges[e + 3]!)
    if (edge === EDGE_ON_BOUNDARY) return true
    if (edge === EDGE_CROSSING) inside = !inside
  }
  return inside
}
