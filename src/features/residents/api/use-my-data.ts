import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { MyResidentData, ResidentOffer } from '../../../core/residents/resident-offer'
import type { SignInResult } from '../../../db/residents-port'
import { usePortCall, usePortQuery, type PortQuery } from '../../../db/use-port-query'

/** What "Your data" may do: sign in and out, download, change an offer, erase everything. */
export interface MyDataCalls {
  signInByEmail: (email: string) => Promise<SignInResult>
  signInWithCode: (email: string, code: string) => Promise<SignInResult>
  /** Ends the sign-in and forgets what was read with it. */
  signOut: () => Promise<void>
  exportMyData: () => Promise<MyResidentData>
  updateMyOffer: (residentId: string, offer: ResidentOffer) => Promise<unknown>
  eraseMyData: () => Promise<unknown>
}

/**
 * Everything held about the signed-in resident (null when nobody is signed in), to read again
 * after a change, and the calls that change it.
 */
export function useMyData(): PortQuery<MyResidentData | null> & { calls: MyDataCalls } {
  // Never kept once the page is left: on a shared device the next person must not see it.
  const query = usePortQuery(['residents', 'my-data'], (port) => port.residents.getMyData(), {
    forget: true,
  })
  const call = usePortCall()
  const client = useQueryClient()
  const calls = useMemo<MyDataCalls>(
    () => ({
      signInByEmail: (email) => call((port) => port.residents.signInByEmail(email)),
      signInWithCode: (email, code) => call((port) => port.residents.signInWithCode(email, code)),
      signOut: async () => {
        await call((port) => port.residents.signOut())
        client.removeQueries({ queryKey: ['residents', 'my-data'] })
      },
      exportMyData: () => call((port) => port.residents.exportMyData()),
      updateMyOffer: (residentId, offer) =>
        call((port) => port.residents.updateMyOffer(residentId, offer)),
      eraseMyData: () => call((port) => port.residents.eraseMyData()),
    }),
    [call, client],
  )
  return { ...query, calls }
}
