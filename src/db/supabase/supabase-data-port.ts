import type { SupabaseClient } from '@supabase/supabase-js'
import type { DataPort, RegionPort, WorkshopsPort } from '../port'
import { toDataError } from '../data-error'
import { noWorkshop } from '../not-found-errors'
import { lookupPostcode, workshopSummary } from '../calls'
import { toWardSummary } from '../rows/ward-summary-row'
import { toWorkshop } from '../rows/workshop-row'
import { rpcExportsPort } from '../rpc-ports/rpc-exports-port'
import { rpcImportsPort } from '../rpc-ports/rpc-imports-port'
import { rpcTimeBanksPort } from '../rpc-ports/rpc-time-banks-port'
import { rpcPartnersPort } from '../rpc-ports/rpc-partners-port'
import { rpcWorkshopsPort } from '../rpc-ports/rpc-workshops-port'
import { checkViewQuery, type ViewReader } from '../view-reader'
import { postgrestCaller } from './postgrest-caller'
import { supabaseAnalysisPort } from './supabase-analysis-port'
import {
  supabaseAssetLinksPort,
  supabaseAssetsPort,
  supabasePhotosPort,
  supabaseReviewPort,
  supabaseTaxonomyPort,
} from './supabase-assets-port'
import { supabasePersonLinksPort } from './supabase-person-links-port'
import { supabaseResidentsPort } from './supabase-residents-port'
import { supabaseMembersPort, supabaseSessionPort } from './supabase-session-port'
import { supabaseTimeBankReportsPort } from './supabase-time-bank-reports-port'

/**
 * The DataPort over a Supabase project: the same views and SQL functions as the local mode,
 * through PostgREST, with the signed-in user's JWT, so Row Level Security decides; live changes
 * through Supabase Realtime.
 */
export function supabaseDataPort(client: SupabaseClient): DataPort {
  // The signed-in session is the member, on "Your data" as on the map.
  const timeBanks = rpcTimeBanksPort(postgrestCaller(client), supabaseViewReader(client))
  return {
    mode: 'connected',
    region: supabaseRegionPort(client),
    assets: supabaseAssetsPort(client),
    taxonomy: supabaseTaxonomyPort(client),
    review: supabaseReviewPort(client),
    photos: supabasePhotosPort(client),
    links: supabaseAssetLinksPort(client),
    personLinks: supabasePersonLinksPort(client),
    workshops: supabaseWorkshopsPort(client),
    residents: supabaseResidentsPort(client, { myDataUrl: myDataUrl() }),
    analysis: supabaseAnalysisPort(client),
    exports: rpcExportsPort(postgrestCaller(client)),
    timeBankReports: supabaseTimeBankReportsPort(client),
    timeBanks,
    myTimeBanks: timeBanks,
    partners: rpcPartnersPort(postgrestCaller(client), supabaseViewReader(client)),
    imports: rpcImportsPort(postgrestCaller(client), supabaseViewReader(client)),
    device: null,
    session: supabaseSessionPort(client, appUrl),
    members: supabaseMembersPort(client),
  }
}

/** Where the general sign-in link leads: the app itself. */
function appUrl(): string {
  return `${globalThis.location?.origin ?? ''}${import.meta.env.BASE_URL}`
}

/** Where the sign-in email link leads: the app's "your data" page. */
function myDataUrl(): string {
  return `${globalThis.location?.origin ?? ''}${import.meta.env.BASE_URL}my-data`
}

/** What PostgREST answered: the rows, or the database's refusal as a DataError. */
export function rowsOf(result: { data: unknown; error: unknown }): unknown[] {
  if (result.error) throw toDataError(result.error)
  if (Array.isArray(result.data)) return result.data
  return result.data === null || result.data === undefined ? [] : [result.data]
}

function supabaseRegionPort(client: SupabaseClient): RegionPort {
  return {
    async listWardSummaries() {
      return rowsOf(await client.from('ward_summaries').select('*').order('ward_code')).map(
        toWardSummary,
      )
    },
    lookupPostcode: async (postcode) =>
      (await postgrestCaller(client)(lookupPostcode, { p_postcode: postcode }))[0] ?? null,
  }
}

function supabaseWorkshopsPort(client: SupabaseClient): WorkshopsPort {
  return {
    ...rpcWorkshopsPort(postgrestCaller(client)),
    async list() {
      return rowsOf(
        await client
          .from('workshop_list')
          .select('*')
          .order('held_on', { ascending: false })
          .order('created_at', { ascending: false })
          .order('workshop_id'),
      ).map(toWorkshop)
    },
    async summary(id) {
      const [workshop] = rowsOf(
        await client.from('workshop_list').select('*').eq('workshop_id', id).maybeSingle(),
      )
      if (!workshop) throw noWorkshop()
      const assets = await postgrestCaller(client)(workshopSummary, { p_workshop_id: id })
      return { workshop: toWorkshop(workshop), assets }
    },
  }
}

/** Reads a view through PostgREST as the signed-in person. */
function supabaseViewReader(client: SupabaseClient): ViewReader {
  return async (request) => {
    checkViewQuery(request)
    let query = client.from(request.view).select('*')
    for (const [column, value] of Object.entries(request.where ?? {})) {
      query = query.eq(column, value)
    }
    for (const by of request.order) {
      query = query.order(by.column, { ascending: !by.descending })
    }
    return rowsOf(await query)
  }
}
