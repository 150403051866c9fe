import type { GiftType } from '../../../core/residents/resident-offer'
import { usePortQuery } from '../../../db/use-port-query'

/** The gifts to choose from, once the database answers (null until then, or if it cannot). */
export function useGiftTypes(): GiftType[] | null {
  const { read } = usePortQuery(['residents', 'gift-types'], (port) =>
    port.residents.listGiftTypes(),
  )
  return read.status === 'ready' ? read.value : null
}
