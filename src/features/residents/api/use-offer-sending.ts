import { useMemo } from 'react'
import type { ResidentOffer } from '../../../core/residents/resident-offer'
import { usePortCall } from '../../../db/use-port-query'
import { useResidentsStatus } from './use-residents-status'

/** The public form's calls: where a postcode is, sending the offer, and the sign-in link. */
export function useOfferSending() {
  const { ready, mode } = useResidentsStatus()
  const call = usePortCall()
  return useMemo(
    () => ({
      ready,
      mode,
      /** The postcode's area; null when the region has no such postcode ('unknown': no answer). */
      findPostcodeArea: (postcode: string) =>
        call((port) => port.residents.findPostcodeArea(postcode)).catch(() => 'unknown' as const),
      submitOffer: (offer: ResidentOffer, honeypot: string) =>
        call((port) => port.residents.submitOffer(offer, honeypot)),
      signInByEmail: (email: string) => call((port) => port.residents.signInByEmail(email)),
    }),
    [ready, mode, call],
  )
}
