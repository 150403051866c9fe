import type { Caller } from '../call'
import {
  assetHistory,
  dismissDuplicatePair,
  listDuplicateCandidates,
  listStaleAssets,
  mergeAssets,
  resolveChangeReport,
  restoreDuplicatePair,
} from '../calls'
import type { ReviewPort } from '../review-port'
import { oneOf } from './one-of'

/** The curation queues' SQL functions, the same in both adapters (the change reports are a view). */
export function rpcReviewPort(call: Caller): Omit<ReviewPort, 'listChangeReports'> {
  return {
    merge: (keepId, duplicateId) =>
      oneOf(call(mergeAssets, { p_keep_id: keepId, p_duplicate_id: duplicateId })),
    listDuplicateCandidates: () => call(listDuplicateCandidates, {}),
    dismissDuplicate: (firstId, secondId) =>
      call(dismissDuplicatePair, { p_first_id: firstId, p_second_id: secondId }),
    restoreDuplicate: (firstId, secondId) =>
      call(restoreDuplicatePair, { p_first_id: firstId, p_second_id: secondId }),
    listStale: (months) => call(listStaleAssets, { p_months: months }),
    resolveChangeReport: (reportId) => call(resolveChangeReport, { p_report_id: reportId }),
    history: (assetId) => call(assetHistory, { p_asset_id: assetId }),
  }
}
