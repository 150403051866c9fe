import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createWardAnalysis } from '../../src/core/analysis/create-ward-analysis'
import { listWardMetrics } from '../../src/core/analysis/list-ward-metrics'
import { prepareProximity } from '../../src/core/analysis/prepare-proximity'
import { prepareRegion } from '../../src/core/analysis/prepare-region'
import { toAssetPoints } from '../../src/core/analysis/to-asset-points'
import type { AnalysisIssue } from '../../src/core/analysis/types'
import { formatMetricsCsv } from './format-metrics-csv'
import { ANALYSIS_USAGE, parseAnalysisArgs } from './parse-analysis-args'
import { readAssetFile } from './read-asset-file'
import { readRegionFiles } from './read-region-files'

export interface CliContext {
  /** Where relative paths start: npm's INIT_CWD, else the process's working folder. */
  cwd: string
  /** The default region folder (../shared/data beside the repository). */
  defaultRegionDir: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/**
 * `npm run analysis`: reads an asset file, runs the ward analysis on the Essex region and writes one
 * CSV row per ward × category. Messages go to stderr, the CSV to --out or stdout.
 *
 * @param argv arguments after the script name
 * @param context working folder, default region folder and output streams
 * @returns the exit code: 0 done, 1 cannot run (file, region, no usable row), 2 bad command line
 */
export function runAnalysisCli(argv: readonly string[], context: CliContext): number {
  const say = (line: string): void => context.stderr(`${line}\n`)
  const parsed = parseAnalysisArgs(argv)
  if (!parsed.ok) {
    say(`analysis: ${parsed.message} (see --help)`)
    return 2
  }
  const { args } = parsed
  if (args.help) {
    context.stdout(`${ANALYSIS_USAGE}\n`)
    return 0
  }
  const assetPath = resolve(context.cwd, args.assets)
  const read = readAssetFile(assetPath)
  if (!read.ok) {
    say(`analysis: ${read.message}`)
    return 1
  }
  const { assets, issues } = toAssetPoints(read.rows)
  if (assets.lng.length === 0) {
    issues.forEach((issue) => say(formatIssue(issue)))
    const why = read.rows.length === 0 ? 'it has no rows' : 'every row was skipped'
    say(`analysis: No usable asset rows in ${assetPath}: ${why}`)
    return 1
  }
  const regionDir =
    args.region === null ? context.defaultRegionDir : resolve(context.cwd, args.region)
  const loaded = readRegionFiles(regionDir, args.residents)
  if (!loaded.ok) {
    say(`analysis: ${loaded.message}`)
    return 1
  }
  issues.forEach((issue) => say(formatIssue(issue)))
  loaded.issues.forEach((issue) => say(formatIssue(issue)))
  const region = prepareRegion(loaded.region)
  region.issues.forEach((issue) => say(formatIssue(issue)))
  const proximity = prepareProximity(region, { walkDistanceMetres: args.distanceMetres })
  const analysis = createWardAnalysis(region, proximity, assets)
  analysis.issues.forEach((issue) => say(formatIssue(issue)))
  const rows = listWardMetrics(analysis)
  const csv = formatMetricsCsv(rows)
  const wards = region.wards.filter((ward) => ward.included).length
  const summary = `${rows.length} rows (${wards} wards × ${assets.categories.length} categories) from ${assets.lng.length} assets${issues.length > 0 ? `; ${issues.length} rows skipped` : ''}`
  if (args.out === null) {
    context.stdout(csv)
    say(`analysis: ${summary}`)
    return 0
  }
  const outPath = resolve(context.cwd, args.out)
  try {
    writeFileSync(outPath, csv)
  } catch {
    say(`analysis: Cannot write ${outPath}`)
    return 1
  }
  say(`analysis: wrote ${summary} to ${outPath}`)
  return 0
}

function formatIssue(issue: AnalysisIssue): string {
  return `${issue.severity}: ${issue.message}`
}
