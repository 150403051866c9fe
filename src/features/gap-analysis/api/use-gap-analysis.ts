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
import { feedAnalysisAssets, type AssetFeedStatus } from './feed-analysis-assets'
import { feedDatabaseMetrics } from './feed-database-metrics'
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
  const [state, setState] = useState<
    Omit<GapAnalysisState, 'addPlanned' | 'clearPlanned' | 'engine'>
  >({
    status: 'region',
    message: null,
    result: null,
    cause: null,
    addMs: null,
    computing: true,
    assets: { status: 'waiting' },
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
    post(worker, { type: 'load', url: regionUrl })
    return () => {
      worker.terminate()
      workerRef.current = null
    }
  }, [regionUrl])

  const key = JSON.stringify(request)
  useEffect(() => {
    const worker = workerRef.current
    if (worker) post(worker, { type: 'compute', request: JSON.parse(key) as GapAnalysisRequest })
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

  useEffect(() => {
    const worker = workerRef.current
    if (!port || !person || !worker || engine !== 'browser') return
    return feedAnalysisAssets(
      port,
      (message) => post(worker, message),
      (assets) => setState((current) => ({ ...current, assets })),
      (approved) => {
        setListed({ port, person, approved })
        return approvedAssets === null || approved >= approvedAssets
      },
    )
  }, [port, person, engine, approvedAssets])

  const distanceMetres = request.distanceMetres
  useEffect(() => {
    const worker = workerRef.current
    if (!port || !worker || engine !== 'database') return
    return feedDatabaseMetrics(
      port,
      distanceMetres,
      (message) => post(worker, message),
      (assets) => setState((current) => ({ ...current, assets })),
    )
  }, [port, person, engine, distanceMetres])

  const actions = useMemo(
    () => ({
      addPlanned: (asset: Omit<AnalysisAsset, 'id'>) => {
        const worker = workerRef.current
        if (worker) {
          post(worker, {
            type: 'add',
            asset: { ...asset, id: `planned-${crypto.randomUUID()}` },
            planned: true,
          })
        }
      },
      clearPlanned: () => {
        if (workerRef.current) post(workerRef.current, { type: 'clear-planned' })
      },
    }),
    [],
  )

  const computing =
    state.status !== 'failed' &&
    (state.result === null || key !== JSON.stringify(state.result.request))
  return {
    ...state,
    engine,
    ...(databaseFailed ? { assets: { status: 'failed', message: databaseFailed } } : {}),
    computing,
    ...actions,
  }
}

function post(worker: Worker, message: ToAnalysisWorker): void {
  worker.postMessage(message)
}
