import type { SupabaseClient } from '@supabase/supabase-js'
import type { DataPort } from '../port'
import { toAsset } from '../rows/asset-row'
import { toWardSummary } from '../rows/ward-summary-row'
import { DataError, toDataError } from '../data-error'

/**
 * The DataPort over a Supabase project: the same views and SQL functions as the local mode,
 * through PostgREST, with the signed-in user's JWT, so Row Level Security decides.
 */
export function supabaseDataPort(client: SupabaseClient): DataPort {
  return {
    mode: 'connected',
    async listWardSummaries() {
      const { data, error } = await client.from('ward_summaries').select('*').order('ward_code')
      if (error) throw toDataError(error)
      return (data ?? []).map(toWardSummary)
    },
    async listAssets() {
      const { data, error } = await client
        .from('asset_list')
        .select('*')
        .order('created_at')
        .order('asset_id')
      if (error) throw toDataError(error)
      return (data ?? []).map(toAsset)
    },
    async createAsset(input) {
      const { data, error } = await client.rpc('create_asset', {
        p_client_id: input.clientId,
        p_name: input.name,
        p_kind: input.kind,
        p_description: input.description,
        p_lng: input.lngLat[0],
        p_lat: input.lngLat[1],
      })
      if (error) throw toDataError(error)
      const row: unknown = Array.isArray(data) ? data[0] : data
      if (!row) throw new DataError('The asset was not saved: you may not add assets.')
      return toAsset(row)
    },
  }
}
