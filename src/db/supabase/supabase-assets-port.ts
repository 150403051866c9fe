import type { SupabaseClient } from '@supabase/supabase-js'
import { z } from 'zod'
import type { AssetChangeEvent } from '../../core/assets/asset-change-event'
import type { AssetsPort } from '../port'
import { DataError } from '../data-error'
import { nothingFound } from '../not-found-errors'
import { toAssetChangesRow, toCreateAssetParams } from '../rows/asset-changes-row'
import { toAssetLink } from '../rows/asset-link-row'
import { toAssetPhoto, toSetAssetPhotoParams } from '../rows/asset-photo-row'
import { toByteaHex } from '../rows/bytea'
import { toAssetSubtype } from '../rows/asset-subtype-row'
import {
  toAssetHistoryEntry,
  toChangeReport,
  toDuplicateCandidate,
} from '../rows/asset-review-rows'
import { toAsset, toAssetDetails } from '../rows/asset-row'
import { rowsOf } from './supabase-data-port'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** What Realtime delivers for a change to public.assets (postgres_changes, after RLS). */
const realtimeChangeSchema = z.object({
  eventType: z.enum(['INSERT', 'UPDATE', 'DELETE']),
  new: z.record(z.string(), z.unknown()),
  old: z.record(z.string(), z.unknown()),
})

const EVENT_TYPES = { INSERT: 'created', UPDATE: 'updated', DELETE: 'deleted' } as const

/** Turns a postgres_changes payload into an event of ids only; null when it is not one. */
export function toRealtimeAssetChange(payload: unknown): AssetChangeEvent | null {
  const parsed = realtimeChangeSchema.safeParse(payload)
  if (!parsed.success) return null
  // A delete carries only the primary key in `old` (no replica identity full): no workshop.
  const row = parsed.data.eventType === 'DELETE' ? parsed.data.old : parsed.data.new
  const assetId = row.asset_id
  const workshopId = row.workshop_id
  if (typeof assetId !== 'string') return null
  return {
    type: EVENT_TYPES[parsed.data.eventType],
    assetId,
    workshopId: typeof workshopId === 'string' ? workshopId : null,
  }
}

let channelCount = 0

/** The connected adapter's assets: one SQL function or security_invoker view per call. */
export function supabaseAssetsPort(client: SupabaseClient): AssetsPort {
  const oneAsset = async (fn: string, args: Record<string, unknown>) => {
    const [row] = rowsOf(await client.rpc(fn, args))
    if (!row) throw nothingFound()
    return toAsset(row)
  }

  return {
    async recordExport(rowCount) {
      rowsOf(await client.rpc('record_export', { p_what: 'asset_list', p_row_count: rowCount }))
    },
    async listSubtypes() {
      return rowsOf(
        await client
          .from('asset_subtypes')
          .select('code, kind, label, is_active')
          .order('kind')
          .order('sort_order')
          .order('label'),
      ).map(toAssetSubtype)
    },
    async saveSubtype(subtype) {
      const [row] = rowsOf(
        await client.rpc('save_asset_subtype', {
          p_code: subtype.code,
          p_kind: subtype.kind,
          p_label: subtype.label,
          p_is_active: subtype.isActive,
        }),
      )
      if (!row) throw nothingFound('The subtype was not saved.')
      return toAssetSubtype(row)
    },
    async addSubtype(kind, label) {
      const [row] = rowsOf(await client.rpc('add_asset_subtype', { p_kind: kind, p_label: label }))
      if (!row) throw nothingFound('The subtype was not saved.')
      return toAssetSubtype(row)
    },
    async moveSubtype(code, offset) {
      const [row] = rowsOf(
        await client.rpc('move_asset_subtype', { p_code: code, p_offset: offset }),
      )
      if (!row) throw nothingFound('There is no such subtype.')
      return toAssetSubtype(row)
    },
    async list() {
      return rowsOf(
        await client.from('asset_list').select('*').order('created_at').order('asset_id'),
      ).map(toAsset)
    },
    async get(id) {
      const [row] = rowsOf(
        await client.from('asset_details').select('*').eq('asset_id', id).maybeSingle(),
      )
      if (!row) throw nothingFound()
      return toAssetDetails(row)
    },
    async create(input) {
      const [row] = rowsOf(await client.rpc('create_asset', toCreateAssetParams(input)))
      if (!row) throw new DataError('The asset was not saved: you may not add assets.')
      return toAsset(row)
    },
    update: (id, expectedVersion, changes) =>
      oneAsset('update_asset', {
        p_asset_id: id,
        p_expected_version: expectedVersion,
        p_changes: toAssetChangesRow(changes),
      }),
    setStatus: (id, expectedVersion, status, reason) =>
      oneAsset('set_asset_status', {
        p_asset_id: id,
        p_expected_version: expectedVersion,
        p_status: status,
        p_reason: reason ?? null,
      }),
    markVerified: (id) => oneAsset('mark_asset_verified', { p_asset_id: id }),
    merge: (keepId, duplicateId) =>
      oneAsset('merge_assets', { p_keep_id: keepId, p_duplicate_id: duplicateId }),
    async listDuplicateCandidates() {
      return rowsOf(await client.rpc('list_duplicate_candidates')).map(toDuplicateCandidate)
    },
    async dismissDuplicate(firstId, secondId) {
      rowsOf(
        await client.rpc('dismiss_duplicate_pair', { p_first_id: firstId, p_second_id: secondId }),
      )
    },
    async restoreDuplicate(firstId, secondId) {
      rowsOf(
        await client.rpc('restore_duplicate_pair', { p_first_id: firstId, p_second_id: secondId }),
      )
    },
    async listStale(months) {
      return rowsOf(await client.rpc('list_stale_assets', { p_months: months })).map(toAsset)
    },
    async reportChange(assetId, message) {
      rowsOf(await client.rpc('report_asset_change', { p_asset_id: assetId, p_message: message }))
    },
    async listChangeReports() {
      return rowsOf(
        await client
          .from('asset_change_report_list')
          .select('*')
          .is('resolved_at', null)
          .order('created_at')
          .order('report_id'),
      ).map(toChangeReport)
    },
    async resolveChangeReport(reportId) {
      rowsOf(await client.rpc('resolve_change_report', { p_report_id: reportId }))
    },
    async history(assetId) {
      return rowsOf(await client.rpc('asset_history', { p_asset_id: assetId })).map(
        toAssetHistoryEntry,
      )
    },
    async listLinks(assetId) {
      // The id goes into a PostgREST `or` filter, so it must be exactly a uuid.
      if (!UUID.test(assetId)) throw nothingFound()
      return rowsOf(
        await client
          .from('asset_link_list')
          .select('*')
          .or(`from_asset_id.eq.${assetId},to_asset_id.eq.${assetId}`)
          .order('created_at')
          .order('link_id'),
      ).map(toAssetLink)
    },
    async link(input) {
      const [row] = rowsOf(
        await client.rpc('link_assets', {
          p_from_asset_id: input.fromAssetId,
          p_to_asset_id: input.toAssetId,
          p_relation: input.relation,
        }),
      )
      if (!row) throw nothingFound()
      return toAssetLink(row)
    },
    async unlink(linkId) {
      rowsOf(await client.rpc('unlink_assets', { p_link_id: linkId }))
    },
    async getPhoto(assetId) {
      const [row] = rowsOf(
        await client.from('asset_photo_list').select('*').eq('asset_id', assetId).maybeSingle(),
      )
      return row ? toAssetPhoto(row) : null
    },
    async setPhoto(assetId, photo) {
      // PostgREST takes and gives bytea as JSON text in hex (\x…), which Postgres parses itself.
      rowsOf(await client.rpc('set_asset_photo', toSetAssetPhotoParams(assetId, photo, toByteaHex)))
    },
    async removePhoto(assetId) {
      rowsOf(await client.rpc('remove_asset_photo', { p_asset_id: assetId }))
    },
    subscribe(onChange) {
      // Realtime applies Row Level Security to each change before sending it, so a viewer hears
      // only of assets they may see; the event keeps ids only, and the UI reads the asset again.
      // One channel (topic) per subscription: supabase-js hands back an existing channel with
      // the same topic, and removing it would stop the other subscriber too.
      channelCount += 1
      const channel = client
        .channel(`asset-changes-${channelCount}`)
        .on('postgres_changes', { event: '*', schema: 'public', table: 'assets' }, (payload) => {
          const event = toRealtimeAssetChange(payload)
          if (event) onChange(event)
        })
        .subscribe()
      return () => {
        void client.removeChannel(channel)
      }
    },
  }
}
