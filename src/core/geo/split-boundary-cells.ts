import { GRID_MARGIN_DEGREES as MARGIN } from './grid-margin'
import { lookupWard } from './lookup-ward'
import { SUB_CELLS_PER_SIDE } from './sub-cells-per-side'
import type { WardLookupGrid } from './ward-lookup-grid'

/**
 * Splits each boundary cell into sub-cells. A sub-cell that no edge of the cell's record comes near
 * (within MARGIN) lies wholly inside or outside each candidate part, so its answer is its centre's,
 * found once here through the record; the others keep "read the record".
 *
 * @param grid the lookup grid, with its cells and boundary records built; `subCells` is set
 * @param boundaryCells the grid cell index of each boundary cell, in boundary number order
 * @example
 * splitBoundaryCells(grid, boundaryCells)
 */
export function splitBoundaryCells(grid: WardLookupGrid, boundaryCells: number[]): void {
  const n = SUB_CELLS_PER_SIDE
  const useRecord = grid.wardCount + 1
  const sub =
    useRecord < 0xffff
      ? new Uint16Array(boundaryCells.length * n * n)
      : new Int32Array(boundaryCells.length * n * n)
  sub.fill(useRecord)
  grid.subCells = sub
  const data = grid.boundaryData
  const subLng = grid.cellLng / n
  const subLat = grid.cellLat / n
  boundaryCells.forEach((cell, b) => {
    const west = grid.originLng + (cell % grid.columns) * grid.cellLng
    const south = grid.originLat + Math.floor(cell / grid.columns) * grid.cellLat
    const edges: number[] = []
    let at = grid.boundaryStart[b]!
    const candidates = data[at++]!
    for (let k = 0; k < candidates; k++) {
      const breakpoints = data[at + 2]!
      const edgeCount = data[at + 3]!
      at += 4 + breakpoints
      for (let e = 0; e < edgeCount * 4; e++) edges.push(data[at + e]!)
      at += edgeCount * 4
    }
    const answers: number[] = []
    for (let sy = 0; sy < n; sy++) {
      for (let sx = 0; sx < n; sx++) {
        const box = [
          west + sx * subLng - MARGIN,
          south + sy * subLat - MARGIN,
          west + (sx + 1) * subLng + MARGIN,
          south + (sy + 1) * subLat + MARGIN,
        ] as const
        if (edgesNear(edges, box)) {
          answers.push(useRecord)
          continue
        }
        const ward = lookupWard(grid, west + (sx + 0.5) * subLng, south + (sy + 0.5) * subLat)
        answers.push(ward < 0 ? grid.wardCount : ward)
      }
    }
    sub.set(answers, b * n * n)
  })
}

/** Whether any edge (flat x1, y1, x2, y2 list) may pass through the box (conservative). */
function edgesNear(
  edges: readonly number[],
  [west, south, east, north]: readonly [number, number, number, number],
): boolean {
  for (let e = 0; e < edges.length; e += 4) {
    const [x1, y1, x2, y2] = [edges[e]!, edges[e + 1]!, edges[e + 2]!, edges[e + 3]!]
    const low = Math.max(Math.min(y1, y2), south)
    const high = Math.min(Math.max(y1, y2), north)
    if (low > high) continue
    let from = Math.min(x1, x2)
    let to = Math.max(x1, x2)
    if (y1 !== y2) {
      const xa = x1 + ((low - y1) * (x2 - x1)) / (y2 - y1)
      const xb = x1 + ((high - y1) * (x2 - x1)) / (y2 - y1)
      from = Math.max(Math.min(xa, xb) - MARGIN, from)
      to = Math.min(Math.max(xa, xb) + MARGIN, to)
    }
    if (from <= east && to >= west) return true
  }
  return false
}
