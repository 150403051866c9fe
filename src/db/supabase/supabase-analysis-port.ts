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
  }
}
