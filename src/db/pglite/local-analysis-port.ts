import type { AnalysisPort } from '../analysis-port'
import { toWardCategoryMetrics } from '../rows/ward-metrics-row'
import type { AsActor } from './local-database'

/** The local adapter's analysis: the SQL twin run as the acting user, under Row Level Security. */
export function localAnalysisPort(asActor: AsActor): AnalysisPort {
  return {
    wardAssetMetrics: ({ distanceMetres, kinds, reachMetres = 1000 }) =>
      asActor(async (query) =>
        toWardCategoryMetrics(
          // text[] first: PGlite serialises a JS array for a text array, not for an enum array.
          await query(
            'select * from public.ward_asset_metrics($1, $2::text[]::public.asset_kind[], $3)',
            [distanceMetres, [...kinds], reachMetres],
          ),
        ),
      ),
    countApprovedAssets: () =>
      asActor(async (query) => {
        const [row] = await query(
          `select count(*)::int as count from public.asset_list where status = 'approved'`,
        )
        return Number((row as { count: number } | undefined)?.count ?? 0)
      }),
    recordExport: (wardCount) =>
      asActor(async (query) => {
        await query(`select public.record_export('wards', $1)`, [wardCount])
      }),
  }
}
