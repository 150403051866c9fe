import { createContext, useContext } from 'react'
import type { DataPort, StartupProgress } from './port'

/** Where the data layer is: starting (with progress), ready, or failed with a message to show. */
export type DataPortState =
  | { status: 'starting'; progress: StartupProgress }
  | { status: 'ready'; port: DataPort }
  | {
      status: 'failed'
      message: string
      /** A way out the failure panel can offer, e.g. deleting a damaged local database. */
      recover?: { label: string; run: () => Promise<void> }
    }

/** Provided by app/ (the composition root), which alone knows which adapter is live. */
export const DataPortContext = createContext<DataPortState>({
  status: 'starting',
  progress: { phase: 'opening' },
})

/** The data layer's state, for features: render a loading state until `status` is `ready`. */
export function useDataPort(): DataPortState {
  return useContext(DataPortContext)
}
