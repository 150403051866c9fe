import { useEffect, useState } from 'react'
import type { SharedResident } from '../../../core/residents/shared-resident'
import type { ResidentsPort } from '../../../db/residents-port'

export type SharedResidentsState =
  | { status: 'loading' }
  | { status: 'ready'; residents: SharedResident[] }
  | { status: 'failed'; message: string }

/** The residents shared with partners, read once per port (each read is audit-logged). */
export function useSharedResidents(port: ResidentsPort | null): SharedResidentsState {
  const [state, setState] = useState<SharedResidentsState>({ status: 'loading' })
  useEffect(() => {
    if (!port) return
    let active = true
    port.listSharedWithPartners().then(
      (residents) => active && setState({ status: 'ready', residents }),
      (error: unknown) =>
        active &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    )
    return () => {
      active = false
    }
  }, [port])
  return state
}
