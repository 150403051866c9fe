import { crossSign } from './cross-sign'

/** robust-predicates' first error bound for orient2d (see cross-sign.ts). */
const CCW_ERROR_BOUND_A = (3 + 16 * 1.1102230246251565e-16) * 1.1102230246251565e-16

/**
 * The ward containing a point of a boundary cell, from the cell's record in the ward lookup grid
 * (the layout WardLookupGrid documents): the candidate parts in file order, each by its parity west
 * of the cell and the few edges inside it, with Turf's rule that a point on an edge is inside.
 *
 * @param data the grid's boundaryData
 * @param start where the cell's record starts (`boundaryStart[b]`)
 * @param lng longitude, degrees
 * @param lat latitude, degrees
 * @returns the ward index, or −1 when no candidate contains the point
 * @example
 * findWardInRecord(grid.boundaryData, grid.boundaryStart[b], 0.4685, 51.7356)
 */
export function findWardInRecord(
  data: Float64Array,
  start: number,
  lng: number,
  lat: number,
): number {
  let at = start
  const candidates = data[at++]!
  for (let k = 0; k < candidates; k++) {
    const ward = data[at]!
    let inside = data[at + 1]! !== 0
    const breakpoints = data[at + 2]!
    const edgeEnd = at + 4 + breakpoints + data[at + 3]! * 4
    at += 4
    for (const end = at + breakpoints; at < end; at++) if (data[at]! <= lat) inside = !inside
    for (; at < edgeEnd; at += 4) {
      const y1 = data[at + 1]!
      const y2 = data[at + 3]!
      const v1 = y1 - lat
      const v2 = y2 - lat
      // Shortcuts giving classifyEdge's answer without its orientation test: an edge wholly above
      // or below the point misses; one wholly to its right misses (any crossing is right of the
      // point); one wholly to its left crosses exactly when it straddles by the half-open rule.
      if ((v1 > 0 && v2 > 0) || (v1 < 0 && v2 < 0)) continue
      const u1 = data[at]! - lng
      const u2 = data[at + 2]! - lng
      if (u1 > 0 && u2 > 0) continue
      if (u1 < 0 && u2 < 0) {
        if ((v1 <= 0 && v2 > 0) || (v2 <= 0 && v1 > 0)) inside = !inside
        continue
      }
      // The point is within the edge's longitude and latitude spans: classifyEdge's own test,
      // with crossSign's floating-point filter inlined (exact fallback only when too close to call).
      if (v1 === 0 && v2 === 0) return ward | 0
      const detLeft = u2 * v1
      const detRight = u1 * v2
      let f = detLeft - detRight
      const certain =
        detLeft === 0 ||
        detRight === 0 ||
        detLeft > 0 !== detRight > 0 ||
        Math.abs(f) >= CCW_ERROR_BOUND_A * Math.abs(detLeft + detRight)
      if (!certain) f = crossSign(u1, u2, v1, v2)
      if (f === 0) return ward | 0
      if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) inside = !inside
    }
    if (inside) return ward | 0
  }
  return -1
}
