import { useDataPort } from '../../../db/data-port-context'
import type { DataPort } from '../../../db/port'

/** The data port once the database is ready, or null while it starts (or failed). */
export function useReadyPort(): DataPort | null {
  const state = useDataPort()
  return state.status === 'ready' ? state.port : null
}
