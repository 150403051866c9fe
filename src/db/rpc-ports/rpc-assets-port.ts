import type { Caller } from '../call'
import {
  addAssetSubtype,
  assetHistory,
  createAsset,
  dismissDuplicatePair,
  linkAssets,
  listDuplicateCandidates,
  listStaleAssets,
  markAssetVerified,
  mergeAssets,
  moveAssetSubtype,
  recordExport,
  removeAssetPhoto,
  reportAssetChange,
  resolveChangeReport,
  restoreDuplicatePair,
  saveAssetSubtype,
  setAssetPhoto,
  setAssetStatus,
  unlinkAssets,
  updateAsset,
} from '../calls'
import { DataError } from '../data-error'
import { nothingFound } from '../not-found-errors'
import type { AssetsPort } from '../port'
import { toAssetChangesRow, toCreateAssetParams } from '../rows/asset-changes-row'
import { toSetAssetPhotoParams } from '../rows/asset-photo-row'
import { oneOf } from './one-of'

/** The assets' calls that are one SQL function each, the same in both adapters. */
export type RpcAssetsPort = Omit<
  AssetsPort,
  'listSubtypes' | 'list' | 'get' | 'listChangeReports' | 'listLinks' | 'getPhoto' | 'subscribe'
>

/** The assets' SQL functions through `call` (the adapter runs them as the acting person). */
export function rpcAssetsPort(call: Caller): RpcAssetsPort {
  return {
    recordExport: async (rowCount) => {
      await call(recordExport, { p_what: 'asset_list', p_row_count: rowCount })
    },
    saveSubtype: (subtype) =>
      oneOf(
        call(saveAssetSubtype, {
          p_code: subtype.code,
          p_kind: subtype.kind,
          p_label: subtype.label,
          p_is_active: subtype.isActive,
        }),
        nothingFound('The subtype was not saved.'),
      ),
    addSubtype: (kind, label) =>
      oneOf(
        call(addAssetSubtype, { p_kind: kind, p_label: label }),
        nothingFound('The subtype was not saved.'),
      ),
    moveSubtype: (code, offset) =>
      oneOf(
        call(moveAssetSubtype, { p_code: code, p_offset: offset }),
        nothingFound('There is no such subtype.'),
      ),
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
    merge: (keepId, duplicateId) =>
      oneOf(call(mergeAssets, { p_keep_id: keepId, p_duplicate_id: duplicateId })),
    listDuplicateCandidates: () => call(listDuplicateCandidates, {}),
    dismissDuplicate: (firstId, secondId) =>
      call(dismissDuplicatePair, { p_first_id: firstId, p_second_id: secondId }),
    restoreDuplicate: (firstId, secondId) =>
      call(restoreDuplicatePair, { p_first_id: firstId, p_second_id: secondId }),
    listStale: (months) => call(listStaleAssets, { p_months: months }),
    reportChange: (assetId, message) =>
      call(reportAssetChange, { p_asset_id: assetId, p_message: message }),
    resolveChangeReport: (reportId) => call(resolveChangeReport, { p_report_id: reportId }),
    history: (assetId) => call(assetHistory, { p_asset_id: assetId }),
    link: (input) =>
      oneOf(
        call(linkAssets, {
          p_from_asset_id: input.fromAssetId,
          p_to_asset_id: input.toAssetId,
          p_relation: input.relation,
        }),
      ),
    unlink: (linkId) => call(unlinkAssets, { p_link_id: linkId }),
    setPhoto: (assetId, photo) => call(setAssetPhoto, toSetAssetPhotoParams(assetId, photo)),
    removePhoto: (assetId) => call(removeAssetPhoto, { p_asset_id: assetId }),
  }
}
