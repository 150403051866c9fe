import { useMemo } from 'react'
import type { MyResidentData, ResidentOffer } from '../../../core/residents/resident-offer'
import type { SignInResult } from '../../../db/residents-port'
import { usePortCall, usePortQuery, type PortQuery } from '../../../db/use-port-query'

/** What "Your data" may do: sign in, download, change an offer, erase everything. */
export interface MyDataCalls {
  signInByEmail: (email: string) => Promise<SignInResult>
  exportMyData: () => Promise<MyResidentData>
  updateMyOffer: (residentId: string, offer: ResidentOffer) => Promise<unknown>
  eraseMyData: () => Promise<unknown>
}

/**
 * Everything held about the signed-in resident (null when nobody is signed in), to read again
 * after a change, and the calls that change it.
 */
export function useMyData(): PortQuery<MyResidentData | null> & { calls: MyDataCalls } {
  const query = usePortQuery(['residents', 'my-data'], (port) => port.residents.getMyData())
  const call = usePortCall()
  const calls = useMemo<MyDataCalls>(
    () => ({
      signInByEmail: (email) => call((port) => port.residents.signInByEmail(email)),
      exportMyData: () => call((port) => port.residents.exportMyData()),
      updateMyOffer: (residentId, offer) =>
        call((port) => port.residents.updateMyOffer(residentId, offer)),
      eraseMyData: () => call((port) => port.residents.eraseMyData()),
    }),
    [call],
  )
  return { ...query, calls }
}
