/**
 * One measured figure. `ratio` = baseline ÷ value: how many times better than the baseline measured
 * in the same run (null when there is no baseline). Lower values are better for every unit here.
 */
export interface BenchRow {
  name: string
  unit: string
  value: number
  baseline: number | null
  ratio: number | null
  /** A short note printed beside the row (e.g. "baseline timed on a 1% sample and scaled"). */
  note?: string
}

/** A group of benchmarks, run by `npm run bench -- <name>`. */
export interface BenchGroup {
  name: string
  run(): Promise<BenchRow[]>
}

/** Builds a row, computing the ratio from the baseline. */
export function benchRow(
  name: string,
  unit: string,
  value: number,
  baseline: number | null = null,
  note?: string,
): BenchRow {
  const ratio = baseline === null || value === 0 ? null : baseline / value
  return { name, unit, value, baseline, ratio, ...(note ? { note } : {}) }
}

/** Median of a list of numbers (the bench reports medians, not means, to resist outliers). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
