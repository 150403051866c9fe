import { useCallback } from 'react'
import type { ResidentOffer } from '../../../core/residents/resident-offer'
import type { ResidentsPort } from '../../../db/residents-port'
import { usePortCall } from '../../../db/use-port-query'

/** Builders: records an offer from a paper form or a phone call. */
export function useRecordOnBehalf(): (
  offer: ResidentOffer,
  consent: Parameters<ResidentsPort['recordOnBehalf']>[1],
) => ReturnType<ResidentsPort['recordOnBehalf']> {
  const call = usePortCall()
  return useCallback(
    (offer, consent) => call((port) => port.residents.recordOnBehalf(offer, consent)),
    [call],
  )
}
