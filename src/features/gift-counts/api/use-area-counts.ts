import { useEffect, useState } from 'react'
import type { AreaCount } from '../../../core/residents/resident-offer'
import { useDataPort } from '../../../db/data-port-context'

export type AreaCountsState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; counts: AreaCount[] }
  | { status: 'failed'; message: string }

/**
 * People offering gifts per ward and per authority (public: the same for everyone), read when
 * first wanted and again each time it is wanted anew, so that a map turned on shows today's counts.
 *
 * @param wanted - the layer is on or the table is on show
 */
export function useAreaCounts(wanted: boolean): AreaCountsState {
  const state = useDataPort()
  const port = state.status === 'ready' ? state.port : null
  const [answer, setAnswer] = useState<AreaCountsState | null>(null)

  useEffect(() => {
    if (!port || !wanted) return
    let active = true
    port.residents.countsByArea().then(
      (rows) => active && setAnswer({ status: 'ready', counts: rows }),
      (failure: Error) => active && setAnswer({ status: 'failed', message: failure.message }),
    )
    return () => {
      active = false
    }
  }, [port, wanted])

  return answer ?? { status: wanted ? 'loading' : 'idle' }
}
