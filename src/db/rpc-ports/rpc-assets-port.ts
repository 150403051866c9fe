import type { Caller } from '../call'
import {
  createAsset,
  markAssetVerified,
  reportAssetChange,
  setAssetStatus,
  updateAsset,
} from '../calls'
import { DataError } from '../data-error'
import type { AssetsPort } from '../port'
import { toAssetChangesRow, toCreateAssetParams } from '../rows/asset-changes-row'
import { oneOf } from './one-of'

/** The assets' calls that are one SQL function each, the same in both adapters. */
export type RpcAssetsPort = Omit<AssetsPort, 'list' | 'get' | 'subscribe'>

/** The assets' SQL functions through `call` (the adapter runs them as the acting person). */
export function rpcAssetsPort(call: Caller): RpcAssetsPort {
  return {
    create: (input) =>
      oneOf(
        call(createAsset, toCreateAssetParams(input)),
        new DataError('The asset was not saved: you may not add assets.'),
      ),
    update: (id, expectedVersion, changes) =>
      oneOf(
        call(updateAsset, {
          p_asset_id: id,
          p_expected_version: expectedVersion,
          p_changes: toAssetChangesRow(changes),
        }),
      ),
    setStatus: (id, expectedVersion, status, reason) =>
      oneOf(
        call(setAssetStatus, {
          p_asset_id: id,
          p_expected_version: expectedVersion,
          p_status: status,
          p_reason: reason ?? null,
        }),
      ),
    markVerified: (id) => oneOf(call(markAssetVerified, { p_asset_id: id })),
    reportChange: (assetId, message) =>
      call(reportAssetChange, { p_asset_id: assetId, p_message: message }),
  }
}
