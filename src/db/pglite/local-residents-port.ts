import { normalisePostcode } from '../../core/residents/normalise-postcode'
import { toDataError } from '../data-error'
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
import type { LocalDatabase } from './local-database'
import { LOCAL_USER_ID } from './local-user'
import { decodeWorkerError } from './worker-error'

type Query = (sql: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>

/**
 * Who acts: anon (the public form, the public counts); the session's actor (a builder's work:
 * anon when the device acts as the public); or the person of this device as a resident (their own
 * offers, whatever role they act in), with the email they signed in with.
 */
type Acting = 'anon' | 'actor' | 'self'

/**
 * Residents' offers in local mode, over the same SQL functions as connected mode, each call in its
 * own transaction as the acting role (Row Level Security applies as on Supabase).
 *
 * Local mode has no email server, so "sign in by email link" is a local profile: the email typed
 * on this device becomes the JWT's email claim, and link_my_offers() links the offers sent with it
 * to this device's user (local-user.sql). Anyone using the device can do that, as they could read
 * the database in the browser's storage: local mode is for one person's own device, or a builder's
 * laptop used by the builder. The public form is sent as anon, as in connected mode.
 *
 * At start the retention rule runs (purge_unconfirmed_offers, as pg_cron does on Supabase).
 *
 * @param db - PGlite in the Web Worker (or, in tests, PGlite or a Postgres server)
 * @param actor - who the session acts as (null: the public)
 * @param self - the person of this device, for their own offers
 * @default self - the actor, or this device's user (local-user.sql) when acting as the public
 */
export function localResidentsPort(
  db: LocalDatabase,
  actor: () => { userId: string } | null,
  self: () => { userId: string } = () => actor() ?? { userId: LOCAL_USER_ID },
): ResidentsPort {
  let signedInEmail: string | null = null
  // As the database's owner (no role set): the function is closed to the API roles.
  const purged = db
    .transaction((query) => query('select public.purge_unconfirmed_offers()'))
    .catch((error: unknown) => {
      console.warn('The retention rule (purge_unconfirmed_offers) did not run:', error)
    })

  async function as<T>(acting: Acting, work: (query: Query) => Promise<T>): Promise<T> {
    await purged
    const who = acting === 'self' ? self() : acting === 'actor' ? actor() : null
    try {
      return await db.transaction(async (query) => {
        const role = who ? 'authenticated' : 'anon'
        await query(`select set_config('role', $1, true)`, [role])
        const claims = who
          ? { sub: who.userId, role, ...(signedInEmail ? { email: signedInEmail } : {}) }
          : { role }
        await query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)])
        return work(async (sql, params) => (await query(sql, params)) as Record<string, unknown>[])
      })
    } catch (error) {
      throw toDataError(decodeWorkerError(error))
    }
  }

  const readMyData = async (query: Query) => {
    if (signedInEmail) await query('select public.link_my_offers()')
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
        await query('select public.submit_resident_offer($1::jsonb)', [
          JSON.stringify(toOfferPayload(offer, honeypot)),
        ])
      }),
    signInByEmail: async (email) => {
      signedInEmail = email.trim().toLowerCase()
      const linked = await as('self', async (query) => {
        const [row] = await query('select public.link_my_offers() as linked')
        return Number(row?.linked ?? 0)
      })
      return { status: 'signed-in', linked }
    },
    getMyData: () =>
      as('self', async (query) => {
        const data = await readMyData(query)
        return data.offers.length > 0 || signedInEmail ? data : null
      }),
    exportMyData: () =>
      as('self', async (query) => {
        const data = await readMyData(query)
        await query(`select public.record_export('residents', $1)`, [data.offers.length])
        return data
      }),
    updateMyOffer: (residentId, offer) =>
      as('self', async (query) => {
        const [row] = await query('select public.update_my_offer($1, $2::jsonb) as offer', [
          residentId,
          JSON.stringify(toOfferPayload(offer)),
        ])
        return toHeldOffer(row?.offer)
      }),
    eraseMyData: () =>
      as('self', async (query) => {
        const [row] = await query('select public.erase_my_data() as erased')
        return Number(row?.erased ?? 0)
      }),
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
        const [row] = await query('select public.record_resident_offer($1::jsonb, $2, $3) as id', [
          JSON.stringify(toOfferPayload(offer)),
          consent.how,
          consent.givenAt.toISOString(),
        ])
        return String(row?.id)
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
