import type { PGliteInterface } from '@electric-sql/pglite'
import type { DataPort, RegionPort, WorkshopsPort } from '../port'
import { toDataError } from '../data-error'
import { noWorkshop } from '../not-found-errors'
import { lookupPostcode, workshopSummary } from '../calls'
import { toWardSummary } from '../rows/ward-summary-row'
import { toWorkshop } from '../rows/workshop-row'
import { actorCaller } from './actor-caller'
import { rpcExportsPort } from '../rpc-ports/rpc-exports-port'
import { rpcImportsPort } from '../rpc-ports/rpc-imports-port'
import { rpcTimeBanksPort } from '../rpc-ports/rpc-time-banks-port'
import { rpcPartnersPort } from '../rpc-ports/rpc-partners-port'
import { rpcWorkshopsPort } from '../rpc-ports/rpc-workshops-port'
import { localAnalysisPort } from './local-analysis-port'
import {
  localAssetLinksPort,
  localAssetsPort,
  localPhotosPort,
  localReviewPort,
  localTaxonomyPort,
} from './local-assets-port'
import { localPersonLinksPort } from './local-person-links-port'
import type { AsActor, LocalActor, LocalDatabase } from './local-database'
import { localMembersPort, localSessionPort, type LocalDevice } from './local-session'
import { localResidentsPort } from './local-residents-port'
import { localViewReader } from './local-view-reader'
import { localTimeBankReportsPort } from './local-time-bank-reports-port'
import { sqlCaller } from './sql-caller'
import { decodeWorkerError } from './worker-error'

/**
 * The DataPort over a PGlite database (in the browser's Web Worker, or in Node for tests). Each
 * call runs in its own transaction as the acting user — `set local role authenticated` and the
 * JWT claims in `request.jwt.claims` — so Row Level Security applies exactly as on Supabase.
 */
export function localDataPort(
  db: PGliteInterface,
  actor: () => LocalActor | null,
  device?: LocalDevice,
): DataPort {
  return sqlDataPort(pgliteLocalDatabase(db), actor, device)
}

/** PGlite (in the Web Worker, or in Node) as a {@link LocalDatabase}. */
export function pgliteLocalDatabase(db: PGliteInterface): LocalDatabase {
  return {
    transaction: (work) =>
      db.transaction((tx) =>
        work(async (sql, params = []) => (await tx.query(sql, [...params])).rows),
      ),
    listen: (channel, onPayload) => db.listen(channel, onPayload),
  }
}

/**
 * The local adapter over any {@link LocalDatabase}. With `device`, the person chooses on this
 * device who they act as (local mode); without it the actor is fixed (tests).
 */
export function sqlDataPort(
  db: LocalDatabase,
  actor: () => LocalActor | null,
  device?: LocalDevice,
): DataPort {
  const asActor: AsActor = async (work) => {
    try {
      return await db.transaction(async (query) => {
        const who = actor()
        const role = who ? 'authenticated' : 'anon'
        await query(`select set_config('role', $1, true)`, [role])
        await query(`select set_config('request.jwt.claims', $1, true)`, [
          JSON.stringify(who ? { sub: who.userId, email: who.email, role } : { role }),
        ])
        return work(query)
      })
    } catch (error) {
      throw toDataError(decodeWorkerError(error))
    }
  }
  const residents = localResidentsPort(db, actor)
  return {
    mode: 'local',
    region: localRegionPort(asActor),
    assets: localAssetsPort(asActor, db),
    taxonomy: localTaxonomyPort(asActor),
    review: localReviewPort(asActor),
    photos: localPhotosPort(asActor),
    links: localAssetLinksPort(asActor),
    personLinks: localPersonLinksPort(asActor),
    workshops: localWorkshopsPort(asActor),
    residents,
    session: localSessionPort(asActor, actor, device),
    members: localMembersPort(asActor),
    analysis: localAnalysisPort(asActor),
    exports: rpcExportsPort(actorCaller(asActor)),
    timeBankReports: localTimeBankReportsPort(asActor),
    timeBanks: rpcTimeBanksPort(actorCaller(asActor), localViewReader(asActor)),
    partners: rpcPartnersPort(actorCaller(asActor), localViewReader(asActor)),
    imports: rpcImportsPort(actorCaller(asActor), localViewReader(asActor)),
    // The same calls as the resident signed in to "Your data" (a separate account on this device).
    myTimeBanks: rpcTimeBanksPort(
      actorCaller(residents.asSignedIn),
      localViewReader(residents.asSignedIn),
    ),
    // Backups need PGlite in the browser (create-local-data-port.ts adds them there).
    device: null,
  }
}

function localRegionPort(asActor: AsActor): RegionPort {
  return {
    listWardSummaries: () =>
      asActor(async (query) =>
        (await query('select * from public.ward_summaries order by ward_code')).map(toWardSummary),
      ),
    lookupPostcode: async (postcode) =>
      (await actorCaller(asActor)(lookupPostcode, { p_postcode: postcode }))[0] ?? null,
  }
}

// held_on as text: a date column would arrive as a Date at some time zone's midnight.
const WORKSHOP_COLUMNS = 'workshop_id, name, place, held_on::text as held_on, join_code'

function localWorkshopsPort(asActor: AsActor): WorkshopsPort {
  return {
    ...rpcWorkshopsPort(actorCaller(asActor)),
    list: () =>
      asActor(async (query) =>
        (
          await query(
            `select ${WORKSHOP_COLUMNS} from public.workshop_list
             order by held_on desc, created_at desc, workshop_id`,
          )
        ).map(toWorkshop),
      ),
    summary: (id) =>
      asActor(async (query) => {
        const [workshop] = await query(
          `select ${WORKSHOP_COLUMNS} from public.workshop_list where workshop_id = $1`,
          [id],
        )
        if (!workshop) throw noWorkshop()
        const assets = await sqlCaller(query)(workshopSummary, { p_workshop_id: id })
        return { workshop: toWorkshop(workshop), assets }
      }),
  }
}
