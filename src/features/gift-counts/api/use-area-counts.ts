import type { AreaCount } from '../../../core/residents/resident-offer'
import { usePortQuery } from '../../../db/use-port-query'

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
  const { read } = usePortQuery(
    ['residents', 'area-counts'],
    (port) => port.residents.countsByArea(),
    { enabled: wanted },
  )
  if (read.status === 'ready') return { status: 'ready', counts: read.value }
  if (read.status === 'failed') return read
  return { status: wanted ? 'loading' : 'idle' }
}
