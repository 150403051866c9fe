import type { AnalysisPort } from '../analysis-port'
import type { Caller } from '../call'
import { recordExport, wardAssetMetrics } from '../calls'

/** Gap analysis's SQL twin and its export record, the same in both adapters. */
export function rpcAnalysisPort(call: Caller): Omit<AnalysisPort, 'countApprovedAssets'> {
  return {
    wardAssetMetrics: ({ distanceMetres, kinds, reachMetres = 1000 }) =>
      call(wardAssetMetrics, {
        p_distance_metres: distanceMetres,
        p_kinds: [...kinds],
        p_reach_metres: reachMetres,
      }),
    recordExport: async (wardCount) => {
      await call(recordExport, { p_what: 'wards', p_row_count: wardCount })
    },
  }
}
