import type { AnalysisPort } from '../analysis-port'
import type { Caller } from '../call'
import { schemeWardSupply, timeBankWardActivity, wardAssetMetrics } from '../calls'

/** Gap analysis's SQL twin, the same in both adapters. */
export function rpcAnalysisPort(call: Caller): Omit<AnalysisPort, 'countApprovedAssets'> {
  return {
    wardAssetMetrics: ({ distanceMetres, kinds, reachMetres = 1000 }) =>
      call(wardAssetMetrics, {
        p_distance_metres: distanceMetres,
        p_kinds: [...kinds],
        p_reach_metres: reachMetres,
      }),
    timeBankActivity: () => call(timeBankWardActivity, {}),
    schemeSupply: () => call(schemeWardSupply, {}),
  }
}
