import type { AssetPoints } from '../../src/core/analysis/types'
import type { WardLookupGrid } from '../../src/core/geo/ward-lookup-grid'
import { median } from '../bench-row'

/**
 * The least any grid method can spend on an asset set it has not seen, on this machine: one pass
 * that reads each asset, finds its ward lookup grid cell, reads that cell and marks it in a byte
 * per cell, and nothing more (no boundary edges, no coverage, no results). A fresh set each time
 * and the median, as the analysis rows are timed, so the analysis's time can be read against it.
 *
 * @param lookup the region's ward lookup grid
 * @param generate makes a fresh asset set for a seed
 * @param repeats times to run
 * @returns the median time, ms
 */
export function timeGridFloor(
  lookup: WardLookupGrid,
  generate: (seed: number) => AssetPoints,
  repeats: number,
): number {
  const marks = new Uint8Array(lookup.cells.length)
  const times: number[] = []
  let kept = 0
  for (let r = 0; r < repeats; r++) {
    const assets = generate(2000 + r)
    marks.fill(0)
    const started = performance.now()
    kept += touchEveryCell(lookup, assets, marks)
    times.push(performance.now() - started)
  }
  // Used, so that the pass cannot be optimised away.
  if (kept < 0) throw new Error('unreachable')
  return median(times)
}

function touchEveryCell(lookup: WardLookupGrid, assets: AssetPoints, marks: Uint8Array): number {
  const { originLng, originLat, inverseCellLng, inverseCellLat, columns, rows, cells } = lookup
  const { lng, lat, category } = assets
  let inside = 0
  for (let i = 0; i < lng.length; i++) {
    const gx = (lng[i]! - originLng) * inverseCellLng
    const gy = (lat[i]! - originLat) * inverseCellLat
    if (!(gx >= 0 && gx < columns && gy >= 0 && gy < rows)) continue
    const cell = Math.floor(gy) * columns + Math.floor(gx)
    inside += cells[cell]! < lookup.wardCount ? 1 : 0
    marks[cell]! |= 1 << category[i]!
  }
  return inside
}
