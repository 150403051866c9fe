/** Where the gap analysis runs: the worker in the browser, or the SQL twin in the database. */
export type AnalysisEngine = 'browser' | 'database'

/**
 * Above this many approved assets connected mode asks the database: shipping them all to the
 * browser (and holding them there) costs more than the SQL twin's answer, which is one row per
 * ward and kind whatever the number of assets.
 */
export const DATABASE_ENGINE_ABOVE_ASSETS = 20_000

export interface EngineFacts {
  /** The data port's mode. */
  mode: 'local' | 'connected'
  /** Approved assets the viewer may see, counted in the database; null while unknown. */
  approvedAssets: number | null
  /** Approved assets in the list the browser read; null until it is read. */
  listedApproved: number | null
}

/**
 * Chooses where to compute the gap analysis. Local mode always uses the browser's worker (the
 * database is in the same browser, and the worker updates instantly as assets are added). In
 * connected mode the worker is used up to DATABASE_ENGINE_ABOVE_ASSETS approved assets, and the
 * database beyond that, or whenever the list the browser read holds fewer approved assets than
 * the database counts (an API row limit cut it short: figures from it would be wrong).
 *
 * @param facts the mode and what is known of the asset counts
 * @returns the engine; `browser` while the count is not known yet
 * @example chooseAnalysisEngine({ mode: 'connected', approvedAssets: 50_000, listedApproved: null }) // 'database'
 */
export function chooseAnalysisEngine({
  mode,
  approvedAssets,
  listedApproved,
}: EngineFacts): AnalysisEngine {
  if (mode === 'local' || approvedAssets === null) return 'browser'
  if (approvedAssets > DATABASE_ENGINE_ABOVE_ASSETS) return 'database'
  if (listedApproved !== null && listedApproved < approvedAssets) return 'database'
  return 'browser'
}
