import type { GapAnalysisState } from '../api/use-gap-analysis'

/**
 * Where the analysis is, said once per change (`role="status"`): preparing the region, waiting
 * for the database's assets, ranking, or done, with how long it took; and which engine computed
 * the figures (the browser's worker, or the database's SQL twin at large scale).
 */
export function AnalysisStatus({ state }: { state: GapAnalysisState }) {
  const { result } = state
  let text: string
  if (state.status === 'failed') text = state.message ?? 'The analysis stopped.'
  else if (state.status === 'region') text = 'Preparing the wards and residents…'
  else if (state.computing || !result) text = 'Ranking the wards…'
  else {
    const assets = result.assetCount - result.planned.length
    const timing =
      result.engine === 'database'
        ? `figures from the database, ranked in ${formatMs(result.timing.rankingMs)}`
        : state.addMs !== null
          ? `added to the running analysis in ${formatMs(state.addMs)}, ranked again in ${formatMs(result.timing.rankingMs)}`
          : result.timing.reusedAnalysis
            ? `ranked again in ${formatMs(result.timing.rankingMs)}`
            : `analysed in ${formatMs(result.timing.analysisMs)}, ranked in ${formatMs(result.timing.rankingMs)}`
    text = `${assets.toLocaleString('en-GB')} approved ${assets === 1 ? 'asset' : 'assets'}${
      result.planned.length > 0 ? ` and ${result.planned.length} planned` : ''
    } at ${result.request.distanceMetres.toLocaleString('en-GB')} m: ${timing} in a background worker.`
  }
  const engine = result?.engine ?? state.engine
  const engineText =
    engine === 'database'
      ? 'Computed in the database: with this many assets, the figures are worked out where the assets are, and only the results come to your browser.'
      : engine === 'browser'
        ? 'Computed in your browser: the assets are analysed here, and a new one shows at once.'
        : null
  const database =
    state.assets.status === 'waiting'
      ? 'The database is starting: its assets will be added when it is ready.'
      : state.assets.status === 'failed'
        ? `The database's assets could not be read (${state.assets.message ?? 'unknown error'}); planned assets still work.`
        : null
  return (
    <div
      className="gap-status"
      data-state={state.status === 'ready' && !state.computing ? 'ready' : state.status}
      data-prepare-ms={state.prepareMs?.toFixed(0)}
      data-analysis-ms={result?.timing.analysisMs.toFixed(1)}
      data-ranking-ms={result?.timing.rankingMs.toFixed(1)}
      data-add-ms={state.addMs?.toFixed(2)}
      data-engine={engine ?? undefined}
    >
      <p role="status">{text}</p>
      {engineText ? <p className="gap-status__engine">{engineText}</p> : null}
      {database ? <p className="gap-status__note">{database}</p> : null}
    </div>
  )
}

function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString('en-GB')} ms`
}
