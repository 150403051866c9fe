import { useCallback } from 'react'
import type { SharedResident } from '../../../core/residents/shared-resident'
import { usePortCall, usePortQuery, type ReadState } from '../../../db/use-port-query'
import { downloadSharedResidentsCsv } from './download-shared-residents-csv'

/**
 * The residents shared with partners, read when the page opens (each read is audit-logged), and
 * their CSV download (recorded first).
 */
export function useSharedResidents(): {
  shared: ReadState<SharedResident[]>
  download: (residents: readonly SharedResident[]) => Promise<void>
} {
  const { read } = usePortQuery(['residents', 'shared'], (port) =>
    port.residents.listSharedWithPartners(),
  )
  const call = usePortCall()
  const download = useCallback(
    (residents: readonly SharedResident[]) =>
      call((port) => downloadSharedResidentsCsv(port.exports, residents)),
    [call],
  )
  return { shared: read, download }
}
