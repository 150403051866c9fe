import type { PreparedRegion } from './types'

/** The per-resident state and the per-ward sums that sumWardCategory reads and writes. */
export interface WardSums {
  categoryTotal: number
  residentCovered: Uint8Array
  residentReach: Int32Array | null
  coveredPopulation: Float64Array
  reachPopulation: Float64Array | null
}

/**
 * Recomputes one ward's covered population and reach sum for one category from its residents'
 * state, adding in input order (a full run and an incremental update then give identical floats).
 *
 * @param region from prepareRegion
 * @param sums the state to read and the sums to write
 * @param ward ward index
 * @param category category index
 * @example
 * sumWardCategory(region, analysis, 12, 0)
 */
export function sumWardCategory(
  region: PreparedRegion,
  sums: WardSums,
  ward: number,
  category: number,
): void {
  const { categoryTotal, residentCovered, residentReach } = sums
  const weight = region.residents.weight
  let covered = 0
  let reach = 0
  for (let k = region.wardResidentOffsets[ward]!; k < region.wardResidentOffsets[ward + 1]!; k++) {
    const i = region.wardResidents[k]!
    const at = i * categoryTotal + category
    if (residentCovered[at] !== 0) covered += weight[i]!
    if (residentReach !== null) reach += weight[i]! * residentReach[at]!
  }
  const cell = ward * categoryTotal + category
  sums.coveredPopulation[cell] = covered
  if (sums.reachPopulation !== null) sums.reachPopulation[cell] = reach
}
