import { useDataPort } from '../../../db/data-port-context'

/** Whether the database is ready (and in which mode), or why it could not start. */
export function useResidentsStatus(): {
  ready: boolean
  mode: 'local' | 'connected' | null
  failed: string | null
} {
  const state = useDataPort()
  if (state.status === 'ready') return { ready: true, mode: state.port.mode, failed: null }
  return { ready: false, mode: null, failed: state.status === 'failed' ? state.message : null }
}
