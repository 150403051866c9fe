import type { MyResidentData } from '../../../core/residents/resident-offer'
import { usePortQuery, type PortQuery } from '../../../db/use-port-query'

/** Everything held about the signed-in resident (null when nobody is signed in), to read again. */
export function useMyData(): PortQuery<MyResidentData | null> {
  return usePortQuery(['residents', 'my-data'], (port) => port.residents.getMyData())
}
