import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type {
  HeldOffer,
  MyResidentData,
  ResidentOffer,
} from '../../../core/residents/resident-offer'
import type { SignInResult } from '../../../db/residents-port'
import { usePortCall, usePortQuery, type PortQuery } from '../../../db/use-port-query'

/** What "Your data" may do: sign in and out, download, change an offer, erase everything. */
export interface MyDataCalls {
  signInByEmail: (email: string) => Promise<SignInResult>
  signInWithCode: (email: string, code: string) => Promise<SignInResult>
  /** Ends the sign-in and forgets what was read with it. */
  signOut: () => Promise<void>
  exportMyData: () => Promise<MyResidentData>
  /** Changes an offer; what the database then holds is on show at once. */
  updateMyOffer: (residentId: string, offer: ResidentOffer) => Promise<HeldOffer>
  /** Erases everything; nothing of it is on show from then on, not even for a moment. */
  eraseMyData: () => Promise<number>
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
  const { update } = query
  const calls = useMemo<MyDataCalls>(
    () => ({
      signInByEmail: (email) => call((port) => port.residents.signInByEmail(email)),
      signInWithCode: (email, code) => call((port) => port.residents.signInWithCode(email, code)),
      signOut: async () => {
        await call((port) => port.residents.signOut())
        client.removeQueries({ queryKey: ['residents', 'my-data'] })
      },
      exportMyData: () => call((port) => port.residents.exportMyData()),
      // The database answers a change with the offer as it now holds it (a consent withdrawn
      // included): shown at once, not after another read.
      updateMyOffer: async (residentId, offer) => {
        const held = await call((port) => port.residents.updateMyOffer(residentId, offer))
        update(
          (data) =>
            data && {
              ...data,
              offers: data.offers.map((o) => (o.residentId === residentId ? held : o)),
            },
        )
        return held
      },
      eraseMyData: async () => {
        const erased = await call((port) => port.residents.eraseMyData())
        update(() => null)
        return erased
      },
    }),
    [call, client, update],
  )
  return { ...query, calls }
}
