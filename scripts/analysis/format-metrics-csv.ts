import Papa from 'papaparse'
import type { WardCategoryMetrics } from '../../src/core/analysis/list-ward-metrics'

/** The CSV columns, in order; the first six are the contract, the rest may grow. */
export const METRICS_COLUMNS = [
  'ward_code',
  'category',
  'assets',
  'population',
  'rate_per_1000',
  'coverage_pct',
  'reach_mean',
  'ward_name',
  'resident_points',
] as const

/**
 * The analysis rows as CSV text (header first, "\n" line ends). Numbers are written unrounded
 * (JavaScript's shortest round-trip form); an empty cell means "not defined" (no population, no
 * resident points). Text is quoted where CSV needs it and otherwise written exactly.
 *
 * @param rows from listWardMetrics
 * @returns the CSV
 */
export function formatMetricsCsv(rows: readonly WardCategoryMetrics[]): string {
  const data = rows.map((row) => [
    row.wardCode,
    row.category,
    row.assets,
    row.population ?? '',
    row.ratePer1000 ?? '',
    row.coveragePct ?? '',
    row.reachMean ?? '',
    row.wardName,
    row.residentPoints,
  ])
  return Papa.unparse({ fields: [...METRICS_COLUMNS], data }, { newline: '\n' }) + '\n'
}
