import type { SupabaseClient } from '@supabase/supabase-js'
import type { PersonLinksPort } from '../person-links-port'
import { toPersonLink } from '../rows/person-link-rows'
import { rpcPersonLinksPort } from '../rpc-ports/rpc-person-links-port'
import { postgrestCaller } from './postgrest-caller'
import { rowsOf } from './supabase-data-port'

/** The connected adapter's people in connections, through PostgREST as the signed-in user. */
export function supabasePersonLinksPort(client: SupabaseClient): PersonLinksPort {
  return {
    async list(assetId) {
      return rowsOf(
        await client
          .from('person_link_list')
          .select('link_id, resident_id, asset_id, relation, display_name, asset_name')
          .eq('asset_id', assetId)
          .order('display_name')
          .order('created_at')
          .order('link_id'),
      ).map(toPersonLink)
    },
    ...rpcPersonLinksPort(postgrestCaller(client)),
  }
}
