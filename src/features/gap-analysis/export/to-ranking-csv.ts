import { toSpreadsheetCsv, type CsvCell } from '../../../core/export/to-spreadsheet-csv'
import type { GapAnalysisResult } from '../worker/gap-analysis-result'

/**
 * The whole ranking as CSV: one row per ward in ranking order, with need, supply, gap, the
 * reason, and for each kind counted its assets and walking coverage (unrounded).
 *
 * @param result the analysis
 * @param authorities local authority by ward code
 * @returns CSV text (toSpreadsheetCsv: safe to open in a spreadsheet)
 * @example toRankingCsv(result, authorities).split('\r\n')[0]
 * // 'rank,ward_code,ward_name,authority,need,supply,gap,reason,physical_space_assets,physical_space_coverage_pct'
 */
export function toRankingCsv(
  result: GapAnalysisResult,
  authorities: ReadonlyMap<string, string>,
): string {
  const kinds = result.request.kinds
  const columns = [
    'rank',
    'ward_code',
    'ward_name',
    'authority',
    'need',
    'supply',
    'gap',
    'reason',
    ...kinds.flatMap((kind) => [`${kind}_assets`, `${kind}_coverage_pct`]),
  ]
  const rows = result.wards.map((ward) => {
    const row: Record<string, CsvCell> = {
      rank: ward.rank,
      ward_code: ward.code,
      ward_name: ward.name,
      authority: authorities.get(ward.code) ?? null,
      need: ward.need,
      supply: ward.supply,
      gap: ward.gap,
      reason: ward.reason,
    }
    for (const kind of kinds) {
      row[`${kind}_assets`] = ward.byKind[kind]?.assets ?? null
      row[`${kind}_coverage_pct`] = ward.byKind[kind]?.coveragePct ?? null
    }
    return row
  })
  return toSpreadsheetCsv(columns, rows)
}
