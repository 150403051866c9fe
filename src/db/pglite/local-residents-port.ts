import { normalisePostcode } from '../../core/residents/normalise-postcode'
import type { Caller } from '../call'
import { linkOffersWithCode, myResidentData, purgeUnconfirmedOffers, recordExport } from '../calls'
import { DataError, toDataError } from '../data-error'
import type { ResidentsPort } from '../residents-port'
import { toGiftType, toPostcodeArea } from '../rows/resident-rows'
import { rpcResidentsPort } from '../rpc-ports/rpc-residents-port'
import type { AsActor, LocalDatabase } from './local-database'
import { LOCAL_USER_ID } from './local-user'
import { sqlCaller } from './sql-caller'
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
): ResidentsPort & {
  /** Runs work as the person signed in with their email and code (refused before they have). */
  readonly asSignedIn: AsActor
} {
  /** The account of this page's sign-in, and whether it proved an email and code. */
  let resident: { userId: string; signedIn: boolean } | null = null
  // As the database's owner (no role set): the functions are closed to the API roles.
  const started = Promise.all([
    db
      .transaction((query) => sqlCaller(query)(purgeUnconfirmedOffers, {}))
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

  const callAs =
    (acting: Acting): Caller =>
    (call, values) =>
      as(acting, (query) => sqlCaller(query)(call, values))

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

  const rpc = rpcResidentsPort(
    { asPublic: callAs('anon'), asActor: callAs('actor'), asSelf: callAs('resident') },
    { offerCodes: true },
  )

  return {
    ...rpc,
    asSignedIn: (work) =>
      resident?.signedIn
        ? as('resident', work)
        : Promise.reject(new DataError('Sign in with your email address and code first.', '42501')),
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
          `select p.postcode, p.ward_code, w.ward_name, w.lad_name from public.postcodes p
           left join public.wards w on w.ward_code = p.ward_code where p.postcode = $1`,
          [normalised],
        )
        return row ? toPostcodeArea(row) : null
      })
    },
    signInByEmail: () =>
      Promise.reject(
        new DataError(
          'On this device, sign in with your email address and the code you were given when you sent your offer.',
        ),
      ),
    signInWithCode: async (email, code) => {
      const current = resident ?? (resident = { userId: await newSignInAccount(), signedIn: false })
      const linked = await callAs('resident')(linkOffersWithCode, { p_email: email, p_code: code })
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
      return resident?.signedIn ? callAs('resident')(myResidentData, {}) : null
    },
    exportMyData: () =>
      as('resident', async (query) => {
        const call = sqlCaller(query)
        const data = await call(myResidentData, {})
        await call(recordExport, { p_what: 'residents', p_row_count: data.offers.length })
        return data
      }),
    eraseMyData: async () => {
      const erased = await rpc.eraseMyData()
      // The sign-in's account went with the data.
      resident = null
      return erased
    },
  }
}
