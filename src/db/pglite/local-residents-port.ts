import { normalisePostcode } from '../../core/residents/normalise-postcode'
import type { Caller } from '../call'
import { linkMyOffers, myResidentData, purgeUnconfirmedOffers, recordExport } from '../calls'
import { toDataError } from '../data-error'
import type { ResidentsPort } from '../residents-port'
import { toGiftType, toPostcodeArea } from '../rows/resident-rows'
import { rpcResidentsPort } from '../rpc-ports/rpc-residents-port'
import type { LocalDatabase } from './local-database'
import { LOCAL_USER_ID } from './local-user'
import { sqlCaller } from './sql-caller'
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
    .transaction((query) => sqlCaller(query)(purgeUnconfirmedOffers, {}))
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

  const callAs =
    (acting: Acting): Caller =>
    (call, values) =>
      as(acting, (query) => sqlCaller(query)(call, values))

  const readMyData = async (call: Caller) => {
    if (signedInEmail) await call(linkMyOffers, {})
    return call(myResidentData, {})
  }

  return {
    ...rpcResidentsPort({
      asPublic: callAs('anon'),
      asActor: callAs('actor'),
      asSelf: callAs('self'),
    }),
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
    signInByEmail: async (email) => {
      signedInEmail = email.trim().toLowerCase()
      const linked = await callAs('self')(linkMyOffers, {})
      return { status: 'signed-in', linked }
    },
    getMyData: () =>
      as('self', async (query) => {
        const data = await readMyData(sqlCaller(query))
        return data.offers.length > 0 || signedInEmail ? data : null
      }),
    exportMyData: () =>
      as('self', async (query) => {
        const call = sqlCaller(query)
        const data = await readMyData(call)
        await call(recordExport, { p_what: 'residents', p_row_count: data.offers.length })
        return data
      }),
  }
}
