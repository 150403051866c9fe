import { useEffect, useMemo, useRef, useState } from 'react'
import type { AnalysisIssue } from '../../../core/analysis/types'
import { useDataPort } from '../../../db/data-port-context'
import { useActingPerson, usePortQuery } from '../../../db/use-port-query'
import type { DataPort } from '../../../db/port'
import type {
  AnalysisAsset,
  GapAnalysisRequest,
  GapAnalysisResult,
} from '../worker/gap-analysis-result'
import type { FromAnalysisWorker, ResultCause, ToAnalysisWorker } from '../worker/worker-messages'
import { chooseAnalysisEngine, type AnalysisEngine } from '../choose-analysis-engine'
import { useBrowserAssetFeed, type AssetFeedStatus } from './use-browser-asset-feed'
import { useDatabaseMetricsFeed } from './use-database-metrics-feed'
import { useTimeBankActivityFeed } from './use-time-bank-activity-feed'
import { useSchemeSupplyFeed } from './use-scheme-supply-feed'
import { analysisRegionUrl } from './get-analysis-region'

export interface GapAnalysisState {
  /** `region`: the worker is preparing the region; `failed`: see `message`. */
  status: 'region' | 'ready' | 'failed'
  message: string | null
  /** The latest ranking; stays on show while a newer one is computed. */
  result: GapAnalysisResult | null
  /** What caused the latest result. */
  cause: ResultCause | null
  /** When the latest result followed an added asset: the incremental update's time, ms. */
  addMs: number | null
  /** True while the settings on screen are not yet those of `result`. */
  computing: boolean
  /** Where the database's assets are: still starting, read, or unreadable (with why). */
  assets: AssetFeedStatus
  /** Time to load and prepare the region in the worker, ms. */
  prepareMs: number | null
  /** Where the figures are computed; null while connected mode counts the assets to choose. */
  engine: AnalysisEngine | null
  /** A planned asset the worker refused, with the reason. */
  refused: AnalysisIssue | null
  /** Tries out an asset that does not exist yet (kept until cleared; never saved). */
  addPlanned: (asset: Omit<AnalysisAsset, 'id'>) => void
  clearPlanned: () => void
}

/**
 * Runs the gap analysis in a Web Worker: the worker loads the region once, takes the assets the
 * viewer may see from the data port, adds each new approved asset as it arrives (live changes,
 * incremental), and ranks again whenever `request` changes. The page never waits on it.
 *
 * @param request the settings to rank with (pass a stable object; it is compared by value)
 * @param regionUrl where analysis-region.json is served
 * @returns the state of the analysis and the planned-asset actions
 */
export function useGapAnalysis(
  request: GapAnalysisRequest,
  regionUrl: string = analysisRegionUrl,
): GapAnalysisState {
  const workerRef = useRef<Worker | null>(null)
  // Sends to the running worker once its region is ready; a new one for each worker, so that the
  // feeds give a new worker everything.
  const [post, setPost] = useState<((message: ToAnalysisWorker) => void) | null>(null)
  const [state, setState] = useState<
    Omit<GapAnalysisState, 'addPlanned' | 'clearPlanned' | 'engine' | 'assets'>
  >({
    status: 'region',
    message: null,
    result: null,
    cause: null,
    addMs: null,
    computing: true,
    prepareMs: null,
    refused: null,
  })

  useEffect(() => {
    const worker = new Worker(new URL('../worker/gap-analysis.worker.ts', import.meta.url), {
      type: 'module',
    })
    workerRef.current = worker
    worker.onmessage = (event: MessageEvent<FromAnalysisWorker>) => {
      const message = event.data
      // The region is ready: the feeds may give this worker the assets.
      if (message.type === 'ready') setPost(() => (m: ToAnalysisWorker) => worker.postMessage(m))
      setState((current) => {
        switch (message.type) {
          case 'ready':
            return { ...current, status: 'ready', prepareMs: message.prepareMs }
          case 'result':
            return {
              ...current,
              result: message.result,
              cause: message.cause,
              addMs: message.addMs ?? null,
              refused: null,
            }
          case 'refused':
            return { ...current, refused: message.issue }
          case 'failed':
            return { ...current, status: 'failed', message: message.message }
        }
      })
    }
    worker.onerror = (event) => {
      setState((current) => ({
        ...current,
        status: 'failed',
        message: `The analysis stopped: ${event.message || 'the worker could not start'}.`,
      }))
    }
    worker.postMessage({ type: 'load', url: regionUrl } satisfies ToAnalysisWorker)
    return () => {
      worker.terminate()
      workerRef.current = null
      setPost(null)
    }
  }, [regionUrl])

  const key = JSON.stringify(request)
  useEffect(() => {
    const worker = workerRef.current
    worker?.postMessage({
      type: 'compute',
      request: JSON.parse(key) as GapAnalysisRequest,
    } satisfies ToAnalysisWorker)
  }, [key])

  const data = useDataPort()
  // The feeds read as the acting person: they wait until who that is is known, and start again
  // (reading again) when the person changes.
  const person = useActingPerson()
  const port = data.status === 'ready' && person !== null ? data.port : null
  const databaseFailed = data.status === 'failed' ? data.message : null
  // Connected mode counts the approved assets first (nothing is read), to choose the engine.
  // If counting fails, the browser reads the list as before (and notices if it is cut short).
  const counted = usePortQuery(
    ['analysis', 'approved-count'],
    (ready) => ready.analysis.countApprovedAssets().catch(() => 0),
    { enabled: port?.mode === 'connected' },
  )
  const [listed, setListed] = useState<{ port: DataPort; person: string; approved: number } | null>(
    null,
  )
  const approvedAssets = counted.read.status === 'ready' ? counted.read.value : null
  const engine: AnalysisEngine | null =
    !port || (port.mode === 'connected' && approvedAssets === null)
      ? null
      : chooseAnalysisEngine({
          mode: port.mode,
          approvedAssets,
          listedApproved:
            listed?.port === port && listed.person === person ? listed.approved : null,
        })

  const browserFeed = useBrowserAssetFeed(post, engine === 'browser', (approved) => {
    if (port && person) {
      setListed((current) =>
        current?.port === port && current.person === person && current.approved === approved
          ? current
          : { port, person, approved },
      )
    }
    return approvedAssets === null || approved >= approvedAssets
  })
  const databaseFeed = useDatabaseMetricsFeed(post, engine === 'database', request.distanceMetres)
  const assets = engine === 'database' ? databaseFeed : browserFeed
  // Time banks count in supply for either engine (the worker ranks both).
  useTimeBankActivityFeed(port ? post : null)
  // So do partners' schemes.
  useSchemeSupplyFeed(port ? post : null)

  const actions = useMemo(
    () => ({
      addPlanned: (asset: Omit<AnalysisAsset, 'id'>) => {
        workerRef.current?.postMessage({
          type: 'add',
          asset: { ...asset, id: `planned-${crypto.randomUUID()}` },
          planned: true,
        } satisfies ToAnalysisWorker)
      },
      clearPlanned: () => {
        workerRef.current?.postMessage({ type: 'clear-planned' } satisfies ToAnalysisWorker)
      },
    }),
    [],
  )

  const computing =
    state.status !== 'failed' &&
    (state.result === null || key !== JSON.stringify(state.result.request))
  return {
    ...state,
    assets,
    engine,
    ...(databaseFailed ? { assets: { status: 'failed', message: databaseFailed } } : {}),
    computing,
    ...actions,
  }
}
