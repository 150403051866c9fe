import type { SupabaseClient } from '@supabase/supabase-js'
import { nothingFound } from '../not-found-errors'
import type { PersonLinksPort } from '../person-links-port'
import { toLinkablePerson, toPersonLink } from '../rows/person-link-rows'
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
    async findPeople(name) {
      return rowsOf(await client.rpc('find_people_to_link', { p_name: name })).map(toLinkablePerson)
    },
    async link({ residentId, assetId, relation }) {
      const [row] = rowsOf(
        await client.rpc('link_person_to_asset', {
          p_resident_id: residentId,
          p_asset_id: assetId,
          p_relation: relation,
        }),
      )
      if (!row) throw nothingFound('There is no approved resident or asset with that id.')
      return toPersonLink(row)
    },
    async unlink(linkId) {
      rowsOf(await client.rpc('unlink_person', { p_link_id: linkId }))
    },
  }
}
