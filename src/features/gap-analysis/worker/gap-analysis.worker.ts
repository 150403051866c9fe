// The gap analysis off the page's thread, so the map never freezes while it runs.
// Started by api/use-gap-analysis.ts with `new Worker(new URL(…), { type: 'module' })`.
import { region } from '../../../config/region'
import { getAnalysisRegion } from '../api/get-analysis-region'
import { createWorkerHandler } from './create-worker-handler'
import type { FromAnalysisWorker, ToAnalysisWorker } from './worker-messages'

const handle = createWorkerHandler(
  (message: FromAnalysisWorker) => self.postMessage(message),
  getAnalysisRegion,
  region.name,
)
self.onmessage = (event: MessageEvent<ToAnalysisWorker>) => {
  void handle(event.data)
}
