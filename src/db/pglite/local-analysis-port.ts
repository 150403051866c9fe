import type { AnalysisPort } from '../analysis-port'
import { rpcAnalysisPort } from '../rpc-ports/rpc-analysis-port'
import { actorCaller } from './actor-caller'
import type { AsActor } from './local-database'

/** The local adapter's analysis: the SQL twin run as the acting user, under Row Level Security. */
export function localAnalysisPort(asActor: AsActor): AnalysisPort {
  return {
    ...rpcAnalysisPort(actorCaller(asActor)),
    countApprovedAssets: () =>
      asActor(async (query) => {
        const [row] = await query(
          `select count(*)::int as count from public.asset_list where status = 'approved'`,
        )
        return Number((row as { count: number } | undefined)?.count ?? 0)
      }),
  }
}
