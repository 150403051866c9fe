import { isCellWithinDistance } from '../geo/is-cell-within-distance'
import { isWithinDistance } from '../geo/is-within-distance'
import type { AssetKeys } from './key-assets'
import type { ProximityIndex } from './proximity-index'
import type { AssetPoints, ResidentPoints } from './types'

/**
 * Marks, for every resident point in a ward and every category of the batch, whether its nearest
 * asset of that category is within the walking distance (Turf's great-circle distance ≤ distance).
 *
 * 1. Each resident visits its neighbourhood cells nearest first. A cell wholly within the distance
 *    settles every open category present in it (the cell's category mask; no distances). A cell
 *    only partly within it, holding an open category, is noted.
 * 2. Only the assets of noted cells and categories are gathered, through a compact index: usually a
 *    small share of the assets.
 * 3. Residents with open categories scan their noted cells and stop at the first asset in reach;
 *    only pairs within a hair of the threshold use the exact formula.
 *
 * @param proximity from prepareProximity (its `walk` threshold is used)
 * @param residents the region's resident points
 * @param assets the asset points
 * @param keyed from keyAssets
 * @param covered out: `covered[resident × categoryTotal + category]` set to 1 when covered
 * @param categoryTotal number of categories in the whole analysis (row stride of `covered`)
 * @example
 * computeResidentCoverage(proximity, residents, assets, keyed, covered, 6)
 */
export function computeResidentCoverage(
  proximity: ProximityIndex,
  residents: ResidentPoints,
  assets: AssetPoints,
  keyed: AssetKeys,
  covered: Uint8Array,
  categoryTotal: number,
): void {
  const { offsetColumn, offsetRow, walkOffsetCount, columns, walk } = proximity
  const { originLng, originLat, cellLng, cellLat } = proximity
  const { occupancy, categoryCount: batch, firstCategory } = keyed
  const everyCategory = (1 << batch) - 1
  const { slotOfCell } = proximity
  // Per slot of a noted cell: 1 + its first bucket (0: not noted). Reset before returning.
  const slotBase = proximity.scratchSlots
  // Per grid cell: the open categories wanted from it (0: none). Reset before returning.
  const wantedMask = proximity.scratchCells
  // Per grid cell, one bit: whether wantedMask is non-zero there. Reset before returning.
  const wantedBits = proximity.scratchCellBits
  let wanted = false
  const noted: number[] = []
  const open: number[] = []
  const pendingStart: number[] = []
  const pending: number[] = []

  for (const i of proximity.activeResidents) {
    const flags = i * categoryTotal + firstCategory
    let remaining = everyCategory
    for (let c = 0; c < batch; c++) if (covered[flags + c] !== 0) remaining &= ~(1 << c)
    if (remaining === 0) continue
    const lng0 = residents.lng[i]!
    const lat0 = residents.lat[i]!
    const cos0 = proximity.residentCos[i]!
    const sin0 = proximity.residentSin[i]!
    const column0 = proximity.residentColumn[i]!
    const row0 = proximity.residentRow[i]!
    const start = pending.length
    for (let o = 0; o < walkOffsetCount && remaining !== 0; o++) {
      const column = column0 + offsetColumn[o]!
      const row = row0 + offsetRow[o]!
      const cell = row * columns + column
      const hits = occupancy[cell]! & remaining
      if (hits === 0) continue
      const west = originLng + column * cellLng
      const south = originLat + row * cellLat
      const east = west + cellLng
      const north = south + cellLat
      if (isCellWithinDistance(walk, lng0, lat0, cos0, sin0, west, south, east, north)) {
        for (let c = 0; c < batch; c++) if ((hits & (1 << c)) !== 0) covered[flags + c] = 1
        remaining &= ~hits
      } else {
        pending.push(cell)
      }
    }
    if (remaining === 0) {
      pending.length = start
      continue
    }
    wanted = true
    for (let p = start; p < pending.length; p++) {
      const cell = pending[p]!
      wantedMask[cell]! |= occupancy[cell]! & remaining
      wantedBits[cell >>> 5]! |= 1 << (cell & 31)
      const slot = slotOfCell[cell]!
      if (slotBase[slot] === 0) {
        slotBase[slot] = 1 + noted.length * batch
        noted.push(slot)
      }
    }
    open.push(i)
    pendingStart.push(start)
  }
  if (!wanted) return
  pendingStart.push(pending.length)

  // Gather the wanted assets (usually a few dozen) in one pass over all, then place only those:
  // the cell with base b holds category c's coordinates at offsets[b + c] … offsets[b + c + 1].
  // The pass tests each asset's cell against the bitset (tens of kB, in cache), and reads its
  // category and the cell's mask only for the few in wanted cells.
  const { cells } = keyed
  const category = assets.category
  const offsets = new Int32Array(noted.length * batch + 1)
  const picked: number[] = []
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!
    if (cell < 0 || (wantedBits[cell >>> 5]! & (1 << (cell & 31))) === 0) continue
    const c = category[i]! - firstCategory
    if ((wantedMask[cell]! & (1 << c)) === 0) continue
    picked.push(i)
    offsets[slotBase[slotOfCell[cell]!]! + c]!++
  }
  const pickedCount = picked.length
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!
  const fill = offsets.slice(0, -1)
  const lngLat = new Float64Array(pickedCount * 2)
  for (let k = 0; k < pickedCount; k++) {
    const i = picked[k]!
    const at = fill[slotBase[slotOfCell[cells[i]!]!]! - 1 + category[i]! - firstCategory]!++ * 2
    lngLat[at] = assets.lng[i]!
    lngLat[at + 1] = assets.lat[i]!
  }

  for (let r = 0; r < open.length; r++) {
    const i = open[r]!
    const flags = i * categoryTotal + firstCategory
    const lng0 = residents.lng[i]!
    const lat0 = residents.lat[i]!
    const cos0 = proximity.residentCos[i]!
    const sin0 = proximity.residentSin[i]!
    for (let p = pendingStart[r]!; p < pendingStart[r + 1]!; p++) {
      const base = slotBase[slotOfCell[pending[p]!]!]! - 1
      for (let c = 0; c < batch; c++) {
        if (covered[flags + c] !== 0) continue
        for (let j = offsets[base + c]!; j < offsets[base + c + 1]!; j++) {
          if (isWithinDistance(walk, lng0, lat0, cos0, sin0, lngLat[2 * j]!, lngLat[2 * j + 1]!)) {
            covered[flags + c] = 1
            break
          }
        }
      }
    }
  }
  for (const slot of noted) slotBase[slot] = 0
  for (const cell of pending) {
    wantedMask[cell] = 0
    wantedBits[cell >>> 5] = 0
  }
}
