import { NEED_INDICATORS } from '../../../core/analysis/need-indicators'
import { toSpreadsheetCsv, type CsvCell } from '../../../core/export/to-spreadsheet-csv'
import { ANALYSIS_KINDS } from '../analysis-settings'
import type { GapAnalysisResult, WardGapResult } from '../worker/gap-analysis-result'

/** The profile CSV's columns: one figure per row, the ward's beside the region's. */
export const WARD_PROFILE_COLUMNS = [
  'ward_code',
  'ward_name',
  'section',
  'measure',
  'ward_value',
  'region_value',
  'unit',
] as const

/**
 * A ward's profile as CSV, one figure per row (long format, so every figure has its unit and the
 * region's figure beside it): the settings it was made with, the ward's place in the ranking, its
 * assets, rate, walking coverage and reach for every kind, and its indicators. Numbers are
 * unrounded and stay numbers; text is safe to open in a spreadsheet (toSpreadsheetCsv).
 *
 * @param ward the ward's result
 * @param result the analysis it belongs to (settings and region averages)
 * @returns CSV text
 * @example toWardProfileCsv(result.wards[0], result).split('\r\n')[0]
 * // 'ward_code,ward_name,section,measure,ward_value,region_value,unit'
 */
export function toWardProfileCsv(ward: WardGapResult, result: GapAnalysisResult): string {
  const { request, averages } = result
  const ranked = result.wards.filter((w) => w.rank !== null).length
  const rows: Record<string, CsvCell>[] = []
  const add = (section: string, measure: string, value: CsvCell, region: CsvCell, unit: string) =>
    rows.push({
      ward_code: ward.code,
      ward_name: ward.name,
      section,
      measure,
      ward_value: value,
      region_value: region,
      unit,
    })
  const walk = `% of residents within ${request.distanceMetres} m`
  add('settings', 'walking_distance', request.distanceMetres, request.distanceMetres, 'metres')
  add('settings', 'kinds_counted', request.kinds.join(' '), request.kinds.join(' '), 'asset kinds')
  add(
    'settings',
    'need',
    request.need.map((part) => `${part.key}×${part.weight}`).join(' '),
    null,
    'indicators × weight',
  )
  add('ward', 'population', ward.population, null, 'residents (Census 2021)')
  add('ranking', 'rank', ward.rank, ranked, `rank (region: wards ranked)`)
  add('ranking', 'need', ward.need, null, 'percentile across the region’s wards')
  add('ranking', 'supply', ward.supply, null, 'percentile across the region’s wards')
  add('ranking', 'gap', ward.gap, null, 'need − supply')
  add('ranking', 'reason', ward.reason, null, 'words')
  for (const kind of ANALYSIS_KINDS) {
    const figures = ward.byKind[kind]
    const region = averages.byKind[kind]
    if (!figures || !region) continue
    add('assets', kind, figures.assets, region.assetsPerWard, 'assets (region: mean per ward)')
    add(
      'rate_per_1000',
      kind,
      figures.ratePer1000,
      region.ratePer1000,
      'assets per 1,000 residents',
    )
    add('coverage_pct', kind, figures.coveragePct, region.coveragePct, walk)
    add('reach_mean', kind, figures.reachMean, region.reachMean, 'assets within 1 km of a resident')
  }
  if (ward.timeBank) {
    const hidden = ward.timeBank.activeMembers === null
    const unit = hidden ? 'fewer than 5: not shown (the rule of 5)' : 'in the last 12 months'
    add('time_banks', 'active_members', ward.timeBank.activeMembers, null, `members ${unit}`)
    add('time_banks', 'hours_given', ward.timeBank.hoursGiven, null, `hours ${unit}`)
  }
  if (ward.partnerSchemes !== null) {
    add('partner_schemes', 'active', ward.partnerSchemes, null, 'active partner schemes')
  }
  for (const indicator of NEED_INDICATORS) {
    const value = ward.indicators[indicator.key] ?? null
    const region = averages.indicators[indicator.key] ?? null
    if (value === null && region === null) continue
    add('indicator', indicator.key, value, region, indicator.label)
  }
  return toSpreadsheetCsv(WARD_PROFILE_COLUMNS, rows)
}
