import { toSpreadsheetCsv } from '../export/to-spreadsheet-csv'
import type { Asset } from './asset'
import { ASSET_KIND_LABELS } from './asset-kind-labels'
import { ASSET_STATUS_LABELS } from './asset-status-labels'

const COLUMNS = [
  'name',
  'kind',
  'subtype',
  'status',
  'ward_code',
  'ward_name',
  'longitude',
  'latitude',
  'sensitive',
  'opening_times',
  'accessibility',
  'website',
  'tags',
  'last_verified',
]

/**
 * The assets a person may see as a spreadsheet-safe CSV. A sensitive place is only ever in the
 * list of someone allowed to see it (the database decides); there it is marked `sensitive = yes`
 * so that whoever opens the file knows not to share it. Private contacts are never exported.
 *
 * @param assets - the (filtered) list on screen
 * @param wardName - the ward's name for a code
 * @example assetsToCsv([hall], () => 'Writtle').split('\r\n')[0] // 'name,kind,subtype,…'
 */
export function assetsToCsv(
  assets: readonly Asset[],
  wardName: (code: string | null) => string,
): string {
  return toSpreadsheetCsv(
    COLUMNS,
    assets.map((asset) => ({
      name: asset.name,
      kind: ASSET_KIND_LABELS[asset.kind],
      subtype: asset.subtype,
      status: ASSET_STATUS_LABELS[asset.status],
      ward_code: asset.wardCode,
      ward_name: asset.wardCode ? wardName(asset.wardCode) : null,
      longitude: asset.lngLat?.[0] ?? null,
      latitude: asset.lngLat?.[1] ?? null,
      sensitive: asset.isSensitive ? 'yes' : 'no',
      opening_times: asset.openingTimes,
      accessibility: asset.accessibility,
      website: asset.website,
      tags: asset.tags.join('; '),
      last_verified: asset.lastVerifiedAt?.slice(0, 10) ?? null,
    })),
  )
}
