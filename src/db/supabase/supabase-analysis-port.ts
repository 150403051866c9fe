import type { SupabaseClient } from '@supabase/supabase-js'
import type { AnalysisPort } from '../analysis-port'
import { toWardCategoryMetrics } from '../rows/ward-metrics-row'
import { rowsOf } from './supabase-data-port'

/** The connected adapter's analysis: the SQL twin through PostgREST, as the signed-in user. */
export function supabaseAnalysisPort(client: SupabaseClient): AnalysisPort {
  return {
    async wardAssetMetrics({ distanceMetres, kinds, reachMetres = 1000 }) {
      return toWardCategoryMetrics(
        rowsOf(
          await client.rpc('ward_asset_metrics', {
            p_distance_metres: distanceMetres,
            p_kinds: [...kinds],
            p_reach_metres: reachMetres,
          }),
        ),
      )
    },
    async countApprovedAssets() {
      // A HEAD request with an exact count: PostgREST sends the number, not the rows.
      const result = await client
        .from('asset_list')
        .select('asset_id', { count: 'exact', head: true })
        .eq('status', 'approved')
      rowsOf(result)
      return result.count ?? 0
    },
    async recordExport(wardCount) {
      rowsOf(await client.rpc('record_export', { p_what: 'wards', p_row_count: wardCount }))
    },
  }
}
