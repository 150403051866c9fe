import { crossSign } from './cross-sign'

/** The edge does not cross the leftward ray from the point. */
export const EDGE_MISS = 0
/** The edge crosses the leftward ray (half-open rule): one crossing towards the parity. */
export const EDGE_CROSSING = 1
/** The point lies on the edge: Turf counts a boundary point as inside. */
export const EDGE_ON_BOUNDARY = 2

/**
 * How one polygon edge (x1, y1) → (x2, y2) relates to the point (x, y) in the ray-crossing test of
 * point-in-polygon-hao 1.2 (Hao et al., "Optimal Reliable Point-in-Polygon Test and Differential
 * Coding Boolean Operations on Polygons", 2018), the test behind Turf's `booleanPointInPolygon`.
 * The test is per edge, so a polygon's answer is "on boundary if any edge says so, else inside iff
 * the number of crossings over all its rings is odd" — whichever order the edges are visited in.
 * That is what lets the ward lookup grid visit only the edges in the point's latitude strip and
 * still agree with Turf bit for bit.
 *
 * @param x point longitude, degrees
 * @param y point latitude, degrees
 * @returns EDGE_MISS, EDGE_CROSSING or EDGE_ON_BOUNDARY
 * @example
 * classifyEdge(0.5, 0.5, 0, 0, 0, 1) // EDGE_CROSSING: the edge x = 0 is left of the point
 */
export function classifyEdge(
  x: number,
  y: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): number {
  const u1 = x1 - x
  const v1 = y1 - y
  const u2 = x2 - x
  const v2 = y2 - y
  if (v1 === 0 && v2 === 0) {
    return (u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0) ? EDGE_ON_BOUNDARY : EDGE_MISS
  }
  if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
    const f = crossSign(u1, u2, v1, v2)
    if (f === 0) return EDGE_ON_BOUNDARY
    if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) return EDGE_CROSSING
  }
  return EDGE_MISS
}
