import type { SupabaseClient } from '@supabase/supabase-js'
import type { AnalysisPort } from '../analysis-port'
import { rpcAnalysisPort } from '../rpc-ports/rpc-analysis-port'
import { postgrestCaller } from './postgrest-caller'
import { rowsOf } from './supabase-data-port'

/** The connected adapter's analysis: the SQL twin through PostgREST, as the signed-in user. */
export function supabaseAnalysisPort(client: SupabaseClient): AnalysisPort {
  return {
    ...rpcAnalysisPort(postgrestCaller(client)),
    async countApprovedAssets() {
      // A HEAD request with an exact count: PostgREST sends the number, not the rows.
      const result = await client
        .from('asset_list')
        .select('asset_id', { count: 'exact', head: true })
        .eq('status', 'approved')
      rowsOf(result)
      return result.count ?? 0
    },
  }
}
