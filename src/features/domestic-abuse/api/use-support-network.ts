import { useCallback, useMemo } from 'react'
import type { ChampionCount } from '../../../core/partners/partner'
import {
  describeSupportNetwork,
  type SupportNetwork,
} from '../../../core/domestic-abuse/describe-support-network'
import {
  useInvalidate,
  usePortCall,
  usePortQuery,
  type ReadState,
} from '../../../db/use-port-query'

const CHAMPIONS_KEY = ['domestic-abuse', 'champion-counts']

/** The directory's active schemes (every one the reader may see), shaped for the network's pages. */
export function useSupportNetwork(): ReadState<SupportNetwork> {
  const { read } = usePortQuery(['domestic-abuse', 'directory'], (port) =>
    port.partners.listServices(),
  )
  return useMemo(
    () =>
      read.status === 'ready'
        ? { status: 'ready', value: describeSupportNetwork(read.value) }
        : read,
    [read],
  )
}

/** Trained community champions per ward (`champion_count_list`). */
export function useChampionCounts(): ReadState<ChampionCount[]> {
  return usePortQuery(CHAMPIONS_KEY, (port) => port.partners.championCounts()).read
}

/** Records a ward's champions count, then reads the counts again. */
export function useRecordChampionCount(): (wardCode: string, champions: number) => Promise<void> {
  const call = usePortCall()
  const invalidate = useInvalidate()
  return useCallback(
    async (wardCode: string, champions: number) => {
      await call((port) => port.partners.recordChampionCount(wardCode, champions))
      await invalidate(CHAMPIONS_KEY)
    },
    [call, invalidate],
  )
}
