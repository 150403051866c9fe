import type { Caller } from '../call'
import {
  eraseMyData,
  listOffersForReview,
  matchResidentsByDistance,
  recordResidentOffer,
  recordResidentOfferWithCode,
  residentCountsByArea,
  residentsSharedWithPartners,
  reviewResidentOffer,
  submitResidentOffer,
  timeBanksForWard,
  updateMyOffer,
} from '../calls'
import type { ResidentsPort } from '../residents-port'
import { toOfferPayload } from '../rows/resident-rows'

/** The residents' calls that are one SQL function each, the same in both adapters. */
export type RpcResidentsPort = Pick<
  ResidentsPort,
  | 'submitOffer'
  | 'updateMyOffer'
  | 'eraseMyData'
  | 'listForReview'
  | 'review'
  | 'recordOnBehalf'
  | 'countsByArea'
  | 'listSharedWithPartners'
  | 'matchByDistance'
  | 'timeBanksForWard'
>

/**
 * Who each call acts as: the public (the offer form, the public counts), the session's actor (a
 * builder's or partner's work), or the person themself (their own offers). In connected mode all
 * three are the signed-in session; local mode tells them apart (local-residents-port.ts).
 */
export interface ResidentsCallers {
  asPublic: Caller
  asActor: Caller
  asSelf: Caller
}

/**
 * The residents' SQL functions through the adapter's callers.
 *
 * @param offerCodes - whether sending or recording an offer gives back its one-time code (local
 *   mode, where a shared device signs in with the email and the code); connected mode signs in by
 *   email link and never shows one
 */
export function rpcResidentsPort(
  { asPublic, asActor, asSelf }: ResidentsCallers,
  { offerCodes }: { offerCodes: boolean },
): RpcResidentsPort {
  return {
    submitOffer: async (offer, honeypot) => {
      const code = await asPublic(submitResidentOffer, {
        p_payload: toOfferPayload(offer, honeypot),
      })
      return { code: offerCodes ? code : null }
    },
    updateMyOffer: (residentId, offer) =>
      asSelf(updateMyOffer, { p_resident_id: residentId, p_payload: toOfferPayload(offer) }),
    eraseMyData: () => asSelf(eraseMyData, {}),
    listForReview: () => asActor(listOffersForReview, {}),
    review: (residentId, status, reason) =>
      asActor(reviewResidentOffer, {
        p_resident_id: residentId,
        p_status: status,
        p_reason: reason ?? null,
      }),
    recordOnBehalf: async (offer, consent) => {
      const values = {
        p_payload: toOfferPayload(offer),
        p_consent_how: consent.how,
        p_consent_given_at: consent.givenAt.toISOString(),
      }
      return offerCodes
        ? asActor(recordResidentOfferWithCode, values)
        : { residentId: await asActor(recordResidentOffer, values), code: null }
    },
    countsByArea: () => asPublic(residentCountsByArea, {}),
    listSharedWithPartners: () => asActor(residentsSharedWithPartners, {}),
    timeBanksForWard: (wardCode) => asPublic(timeBanksForWard, { p_ward_code: wardCode }),
    matchByDistance: (lngLat, kind) =>
      asActor(matchResidentsByDistance, { p_lng: lngLat[0], p_lat: lngLat[1], p_kind: kind }),
  }
}
