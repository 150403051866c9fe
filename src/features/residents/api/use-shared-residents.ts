import { useCallback } from 'react'
import type { SharedResident } from '../../../core/residents/shared-resident'
import type { ResidentsPort } from '../../../db/residents-port'
import { useRead, type ReadState } from '../../../db/use-read'

/** The residents shared with partners, read once per port (each read is audit-logged). */
export function useSharedResidents(port: ResidentsPort | null): ReadState<SharedResident[]> {
  const read = useCallback(() => port!.listSharedWithPartners(), [port])
  return useRead(port ? read : null)[0]
}
