import { normalisePostcode } from '../../core/residents/normalise-postcode'
import { DataError, toDataError } from '../data-error'
import type { ResidentsPort } from '../residents-port'
import {
  toAreaCount,
  toDistanceMatch,
  toGiftType,
  toHeldOffer,
  toMyResidentData,
  toOfferCode,
  toOfferPayload,
  toPostcodeArea,
  toRecordedOffer,
  toReviewItem,
} from '../rows/resident-rows'
import { toSharedResident } from '../rows/shared-resident-row'
import type { LocalDatabase } from './local-database'
import { LOCAL_USER_ID } from './local-user'
import { decodeWorkerError } from './worker-error'

type Query = (sql: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>

/**
 * Who acts: anon (the public form, the public counts); the session's actor (a builder's work:
 * anon when the device acts as the public); or the resident signed in to "Your data" on this page.
 */
type Acting = 'anon' | 'actor' | 'resident'

/**
 * Residents' offers in local mode, over the same SQL functions as connected mode, each call in its
 * own transaction as the acting role (Row Level Security applies as on Supabase).
 *
 * Local mode has no email server, and its device may be shared (a village hall's laptop), so an
 * email alone proves nothing. Sending an offer gives a one-time code; signing in to "Your data"
 * takes the email and that code (public.link_offers_with_code, 5 wrong codes an email an hour).
 * Each sign-in is an account of its own, made for it (no email, no role), to which the matching
 * offers are linked; its id is held in this closure only, so the sign-in ends with the page or
 * with "Sign out", and nobody later on the device can act as it: the next sign-in with the code
 * moves the offers to its own account. What the device's browser storage holds stays readable to
 * anyone with its developer tools (docs/privacy-shared-device.md).
 *
 * At start the retention rule runs (purge_unconfirmed_offers, as pg_cron does on Supabase), and
 * offers that earlier releases linked to the device's own user by email alone are unlinked.
 *
 * @param db - PGlite in the Web Worker (or, in tests, PGlite or a Postgres server)
 * @param actor - who the session acts as (null: the public)
 */
export function localResidentsPort(
  db: LocalDatabase,
  actor: () => { userId: string } | null,
): ResidentsPort {
  /** The account of this page's sign-in, and whether it proved an email and code. */
  let resident: { userId: string; signedIn: boolean } | null = null
  // As the database's owner (no role set): the functions are closed to the API roles.
  const started = Promise.all([
    db
      .transaction((query) => query('select public.purge_unconfirmed_offers()'))
      .catch((error: unknown) => {
        console.warn('The retention rule (purge_unconfirmed_offers) did not run:', error)
      }),
    db.transaction(async (query) => {
      await query('update public.residents set user_id = null where user_id = $1', [LOCAL_USER_ID])
      await query('update public.resident_home_points set user_id = null where user_id = $1', [
        LOCAL_USER_ID,
      ])
    }),
  ])

  async function as<T>(acting: Acting, work: (query: Query) => Promise<T>): Promise<T> {
    await started
    const who = acting === 'resident' ? signedInResident() : acting === 'actor' ? actor() : null
    try {
      return await db.transaction(async (query) => {
        const role = who ? 'authenticated' : 'anon'
        await query(`select set_config('role', $1, true)`, [role])
        const claims = who ? { sub: who.userId, role } : { role }
        await query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)])
        return work(async (sql, params) => (await query(sql, params)) as Record<string, unknown>[])
      })
    } catch (error) {
      throw toDataError(decodeWorkerError(error))
    }
  }

  function signedInResident(): { userId: string } {
    if (!resident) {
      throw new DataError('Sign in with your email address and code first.', '42501')
    }
    return resident
  }

  /** A new account for one sign-in: no email, no role (as the database's owner, as at start). */
  async function newSignInAccount(): Promise<string> {
    const [row] = await db.transaction((query) =>
      query('insert into auth.users (id) values (gen_random_uuid()) returning id::text as id'),
    )
    return String((row as { id: string }).id)
  }

  const readMyData = async (query: Query) => {
    const [row] = await query('select public.my_resident_data() as data')
    return toMyResidentData(row?.data)
  }

  return {
    listGiftTypes: () =>
      as('anon', async (query) =>
        (
          await query(
            'select code, kind, label from public.gift_types order by kind, sort_order, label',
          )
        ).map(toGiftType),
      ),
    findPostcodeArea: async (postcode) => {
      const normalised = normalisePostcode(postcode)
      if (!normalised) return null
      return as('anon', async (query) => {
        const [row] = await query(
          `select p.postcode, w.ward_name, w.lad_name from public.postcodes p
           left join public.wards w on w.ward_code = p.ward_code where p.postcode = $1`,
          [normalised],
        )
        return row ? toPostcodeArea(row) : null
      })
    },
    submitOffer: (offer, honeypot) =>
      as('anon', async (query) => {
        const [row] = await query('select public.submit_resident_offer($1::jsonb) as answer', [
          JSON.stringify(toOfferPayload(offer, honeypot)),
        ])
        return { code: toOfferCode(row?.answer) }
      }),
    signInByEmail: () =>
      Promise.reject(
        new DataError(
          'On this device, sign in with your email address and the code you were given when you sent your offer.',
        ),
      ),
    signInWithCode: async (email, code) => {
      const current = resident ?? (resident = { userId: await newSignInAccount(), signedIn: false })
      const linked = await as('resident', async (query) => {
        const [row] = await query('select public.link_offers_with_code($1, $2) as linked', [
          email,
          code,
        ])
        return Number(row?.linked ?? 0)
      })
      if (linked === 0) return { status: 'no-match' }
      // Unless the person signed out (left the page) while this was under way.
      if (resident === current) current.signedIn = true
      return { status: 'signed-in', linked }
    },
    signOut: () => {
      resident = null
      return Promise.resolve()
    },
    getMyData: async () => {
      await started
      return resident?.signedIn ? as('resident', readMyData) : null
    },
    exportMyData: () =>
      as('resident', async (query) => {
        const data = await readMyData(query)
        await query(`select public.record_export('residents', $1)`, [data.offers.length])
        return data
      }),
    updateMyOffer: (residentId, offer) =>
      as('resident', async (query) => {
        const [row] = await query('select public.update_my_offer($1, $2::jsonb) as offer', [
          residentId,
          JSON.stringify(toOfferPayload(offer)),
        ])
        return toHeldOffer(row?.offer)
      }),
    eraseMyData: async () => {
      const erased = await as('resident', async (query) => {
        const [row] = await query('select public.erase_my_data() as erased')
        return Number(row?.erased ?? 0)
      })
      // The sign-in's account went with the data.
      resident = null
      return erased
    },
    listForReview: () =>
      as('actor', async (query) =>
        (await query('select * from public.list_offers_for_review()')).map(toReviewItem),
      ),
    review: (residentId, status, reason) =>
      as('actor', async (query) => {
        await query('select * from public.review_resident_offer($1, $2, $3)', [
          residentId,
          status,
          reason ?? null,
        ])
      }),
    recordOnBehalf: (offer, consent) =>
      as('actor', async (query) => {
        const [row] = await query(
          'select public.record_resident_offer_with_code($1::jsonb, $2, $3) as recorded',
          [JSON.stringify(toOfferPayload(offer)), consent.how, consent.givenAt.toISOString()],
        )
        return toRecordedOffer(row?.recorded)
      }),
    countsByArea: () =>
      as('anon', async (query) =>
        (await query('select * from public.resident_counts_by_area()')).map(toAreaCount),
      ),
    listSharedWithPartners: () =>
      as('actor', async (query) =>
        (await query('select * from public.residents_shared_with_partners()')).map(
          toSharedResident,
        ),
      ),
    recordSharedExport: (rowCount) =>
      as('actor', async (query) => {
        await query(`select public.record_export('residents', $1)`, [rowCount])
      }),
    matchByDistance: (lngLat, kind) =>
      as('actor', async (query) =>
        (
          await query('select * from public.match_residents_by_distance($1, $2, $3)', [
            lngLat[0],
            lngLat[1],
            kind ?? null,
          ])
        ).map(toDistanceMatch),
      ),
  }
}
