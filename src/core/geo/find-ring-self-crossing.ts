/**
 * Finds two non-adjacent edges of a closed ring that properly cross each other (each edge's ends lie
 * strictly on opposite sides of the other edge, beyond floating-point doubt), as in a "bow tie".
 * Touching at a vertex and collinear overlaps are not reported: they are legal in some models and
 * harmless to point-in-polygon. Edges are swept in order of their west end, so a ring of n edges
 * costs about n log n plus the pairs whose longitude spans overlap.
 *
 * @param ring closed ring of `[lng, lat]` positions (first equals last)
 * @returns the 0-based indices `[i, j]` of two crossing edges (edge i runs from position i to
 *   i + 1), or null when there is none
 * @example
 * findRingSelfCrossing([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]) // [0, 2]
 */
export function findRingSelfCrossing(
  ring: readonly (readonly [number, number])[],
): [number, number] | null {
  const edgeCount = ring.length - 1
  if (edgeCount < 4) return null
  const order = Array.from({ length: edgeCount }, (_, i) => i)
  const west = (i: number): number => Math.min(ring[i]![0], ring[i + 1]![0])
  const westOf = Float64Array.from(order, west)
  order.sort((a, b) => westOf[a]! - westOf[b]!)
  for (let oi = 0; oi < edgeCount; oi++) {
    const i = order[oi]!
    const [ax, ay] = ring[i]!
    const [bx, by] = ring[i + 1]!
    const east = Math.max(ax, bx)
    for (let oj = oi + 1; oj < edgeCount && westOf[order[oj]!]! <= east; oj++) {
      const j = order[oj]!
      if (Math.abs(i - j) <= 1 || Math.abs(i - j) === edgeCount - 1) continue
      const [cx, cy] = ring[j]!
      const [dx, dy] = ring[j + 1]!
      if (Math.max(cy, dy) < Math.min(ay, by) || Math.min(cy, dy) > Math.max(ay, by)) continue
      if (crossesProperly(ax, ay, bx, by, cx, cy, dx, dy)) return i < j ? [i, j] : [j, i]
    }
  }
  return null
}

function crossesProperly(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const c = side(ax, ay, bx, by, cx, cy)
  const d = side(ax, ay, bx, by, dx, dy)
  if (c * d >= 0) return false
  const a = side(cx, cy, dx, dy, ax, ay)
  const b = side(cx, cy, dx, dy, bx, by)
  return a * b < 0
}

/** Which side of the line p→q the point r is on: −1, 1, or 0 when too close to call. */
function side(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  const det = (qx - px) * (ry - py) - (qy - py) * (rx - px)
  const scale = Math.abs(qx - px) + Math.abs(qy - py) + Math.abs(rx - px) + Math.abs(ry - py)
  // Coordinates are degrees with at most ~1e-13 of rounding; treat anything nearer as "on the line".
  return Math.abs(det) <= 1e-12 * scale * scale ? 0 : Math.sign(det)
}
