import type { SupabaseClient } from '@supabase/supabase-js'
import { normalisePostcode } from '../../core/residents/normalise-postcode'
import { DataError, toDataError } from '../data-error'
import type { ResidentsPort } from '../residents-port'
import {
  toAreaCount,
  toDistanceMatch,
  toGiftType,
  toHeldOffer,
  toMyResidentData,
  toOfferPayload,
  toPostcodeArea,
  toReviewItem,
} from '../rows/resident-rows'
import { toSharedResident } from '../rows/shared-resident-row'

/** What PostgREST answered: the rows, or the database's refusal as a DataError. */
function rowsOf(result: { data: unknown; error: unknown }): unknown[] {
  if (result.error) throw toDataError(result.error)
  if (Array.isArray(result.data)) return result.data
  return result.data === null || result.data === undefined ? [] : [result.data]
}

/** A scalar function's value. */
function valueOf(result: { data: unknown; error: unknown }): unknown {
  if (result.error) throw toDataError(result.error)
  return result.data
}

/**
 * Residents' offers in connected mode: the SQL functions through PostgREST, and sign-in by email
 * link with Supabase Auth (a magic link that brings the person back to `myDataUrl`, signed in;
 * supabase-js reads the session from that URL).
 *
 * @param myDataUrl - where the email link leads: the app's "your data" page
 */
export function supabaseResidentsPort(
  client: SupabaseClient,
  options: { myDataUrl: string },
): ResidentsPort {
  const signedIn = async () => {
    const { data, error } = await client.auth.getSession()
    if (error) throw new DataError(error.message)
    return data.session !== null
  }
  const readMyData = async () => {
    valueOf(await client.rpc('link_my_offers'))
    return toMyResidentData(valueOf(await client.rpc('my_resident_data')))
  }

  return {
    async listGiftTypes() {
      return rowsOf(
        await client
          .from('gift_types')
          .select('code, kind, label')
          .order('kind')
          .order('sort_order')
          .order('label'),
      ).map(toGiftType)
    },
    async findPostcodeArea(postcode) {
      const normalised = normalisePostcode(postcode)
      if (!normalised) return null
      const [row] = rowsOf(
        await client
          .from('postcodes')
          .select('postcode, wards(ward_name, lad_name)')
          .eq('postcode', normalised),
      ) as { postcode: string; wards: { ward_name: string; lad_name: string } | null }[]
      return row ? toPostcodeArea({ postcode: row.postcode, ...row.wards }) : null
    },
    // The database answers with the offer's code, which connected mode does not show: here one
    // signs in by the email link.
    async submitOffer(offer, honeypot) {
      valueOf(
        await client.rpc('submit_resident_offer', { p_payload: toOfferPayload(offer, honeypot) }),
      )
      return { code: null }
    },
    async signInByEmail(email) {
      const { error } = await client.auth.signInWithOtp({
        email: email.trim(),
        options: { emailRedirectTo: options.myDataUrl, shouldCreateUser: true },
      })
      if (error) throw new DataError(error.message, error.code)
      return { status: 'email-sent' }
    },
    signInWithCode() {
      return Promise.reject(new DataError('Sign in with the link we email you.'))
    },
    async signOut() {
      await client.auth.signOut({ scope: 'local' })
    },
    async getMyData() {
      return (await signedIn()) ? readMyData() : null
    },
    async exportMyData() {
      const data = await readMyData()
      valueOf(
        await client.rpc('record_export', { p_what: 'residents', p_row_count: data.offers.length }),
      )
      return data
    },
    async updateMyOffer(residentId, offer) {
      return toHeldOffer(
        valueOf(
          await client.rpc('update_my_offer', {
            p_resident_id: residentId,
            p_payload: toOfferPayload(offer),
          }),
        ),
      )
    },
    async eraseMyData() {
      const erased = Number(valueOf(await client.rpc('erase_my_data')))
      // The account went with the data (when it was only a resident's): end the session here too.
      await client.auth.signOut({ scope: 'local' })
      return erased
    },
    async listForReview() {
      return rowsOf(await client.rpc('list_offers_for_review')).map(toReviewItem)
    },
    async review(residentId, status, reason) {
      rowsOf(
        await client.rpc('review_resident_offer', {
          p_resident_id: residentId,
          p_status: status,
          p_reason: reason ?? null,
        }),
      )
    },
    async recordOnBehalf(offer, consent) {
      const residentId = String(
        valueOf(
          await client.rpc('record_resident_offer', {
            p_payload: toOfferPayload(offer),
            p_consent_how: consent.how,
            p_consent_given_at: consent.givenAt.toISOString(),
          }),
        ),
      )
      return { residentId, code: null }
    },
    async countsByArea() {
      return rowsOf(await client.rpc('resident_counts_by_area')).map(toAreaCount)
    },
    async listSharedWithPartners() {
      return rowsOf(await client.rpc('residents_shared_with_partners')).map(toSharedResident)
    },
    async recordSharedExport(rowCount) {
      valueOf(await client.rpc('record_export', { p_what: 'residents', p_row_count: rowCount }))
    },
    async matchByDistance(lngLat, kind) {
      return rowsOf(
        await client.rpc('match_residents_by_distance', {
          p_lng: lngLat[0],
          p_lat: lngLat[1],
          ...(kind ? { p_kind: kind } : {}),
        }),
      ).map(toDistanceMatch)
    },
  }
}
