import type { SupabaseClient } from '@supabase/supabase-js'
import { normalisePostcode } from '../../core/residents/normalise-postcode'
import { linkMyOffers, myResidentData, recordExport } from '../calls'
import { DataError } from '../data-error'
import type { ResidentsPort } from '../residents-port'
import { toGiftType, toPostcodeArea } from '../rows/resident-rows'
import { rpcResidentsPort } from '../rpc-ports/rpc-residents-port'
import { postgrestCaller } from './postgrest-caller'
import { rowsOf } from './supabase-data-port'

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
  const call = postgrestCaller(client)
  // Offers' one-time codes are for local mode's shared devices: here one signs in by email link.
  const rpc = rpcResidentsPort(
    { asPublic: call, asActor: call, asSelf: call },
    { offerCodes: false },
  )
  const readMyData = async () => {
    await call(linkMyOffers, {})
    return call(myResidentData, {})
  }

  return {
    ...rpc,
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
          .select('postcode, ward_code, wards(ward_name, lad_name)')
          .eq('postcode', normalised),
      ) as {
        postcode: string
        ward_code: string | null
        wards: { ward_name: string; lad_name: string } | null
      }[]
      return row
        ? toPostcodeArea({ postcode: row.postcode, ward_code: row.ward_code, ...row.wards })
        : null
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
      await call(recordExport, { p_what: 'residents', p_row_count: data.offers.length })
      return data
    },
    async eraseMyData() {
      const erased = await rpc.eraseMyData()
      // The account went with the data (when it was only a resident's): end the session here too.
      await client.auth.signOut({ scope: 'local' })
      return erased
    },
  }
}
