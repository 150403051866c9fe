import { GRID_MARGIN_DEGREES as MARGIN } from './grid-margin'
import type { PartStrips } from './is-in-part-strip'

/**
 * A candidate part's record for one boundary cell: ward, parity, breakpoints and the edges over the
 * cell (see WardLookupGrid). Edges of the row wholly east of the cell are dropped; those wholly west
 * are folded into the parity (breakpoint latitudes below the row are counted once; those above it
 * never matter; equal breakpoints cancel in pairs, as at a vertex shared by two western edges).
 *
 * @param ward the part's ward index
 * @param strips the part's edges by grid row
 * @param row the cell's row
 * @param box the cell: west, south, east, north (degrees)
 * @returns the record: ward, parity, breakpoint count, edge count, breakpoints, edges
 * @example
 * describePartInCell(3, strips, 120, [0.46, 51.73, 0.4614, 51.7309]) // [3, 1, 0, 2, …edges]
 */
export function describePartInCell(
  ward: number,
  strips: PartStrips,
  row: number,
  [west, south, east, north]: readonly [number, number, number, number],
): number[] {
  const local: number[] = []
  const breakpoints: number[] = []
  let parity = 0
  if (row >= strips.firstRow && row <= strips.lastRow) {
    const { offsets, edges } = strips
    const end = offsets[row - strips.firstRow + 1]! * 4
    for (let e = offsets[row - strips.firstRow]! * 4; e < end; e += 4) {
      const [x1, y1, x2, y2] = [edges[e]!, edges[e + 1]!, edges[e + 2]!, edges[e + 3]!]
      if (Math.min(x1, x2) > east + MARGIN) continue
      if (Math.max(x1, x2) >= west - MARGIN) {
        local.push(x1, y1, x2, y2)
        continue
      }
      for (const y of [y1, y2]) {
        if (y <= south - MARGIN) parity ^= 1
        else if (y <= north + MARGIN) breakpoints.push(y)
      }
    }
  }
  breakpoints.sort((a, b) => a - b)
  const kept: number[] = []
  for (const y of breakpoints) {
    if (kept.length > 0 && kept[kept.length - 1] === y) kept.pop()
    else kept.push(y)
  }
  return [ward, parity, kept.length, local.length / 4, ...kept, ...local]
}
