import { useDataPort } from '../../../db/data-port-context'
import type { ResidentsPort } from '../../../db/residents-port'

/** The residents' data port once the database is ready (null while it starts), and the mode. */
export function useResidentsPort(): {
  port: ResidentsPort | null
  mode: 'local' | 'connected' | null
  failed: string | null
} {
  const state = useDataPort()
  if (state.status === 'ready') {
    return { port: state.port.residents, mode: state.port.mode, failed: null }
  }
  return { port: null, mode: null, failed: state.status === 'failed' ? state.message : null }
}
