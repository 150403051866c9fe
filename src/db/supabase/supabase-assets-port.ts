import type { SupabaseClient } from '@supabase/supabase-js'
import { z } from 'zod'
import type { AssetChangeEvent } from '../../core/assets/asset-change-event'
import type { AssetLinksPort } from '../asset-links-port'
import type { PhotosPort } from '../photos-port'
import type { AssetsPort } from '../port'
import type { ReviewPort } from '../review-port'
import type { TaxonomyPort } from '../taxonomy-port'
import { nothingFound } from '../not-found-errors'
import { toAssetLink } from '../rows/asset-link-row'
import { toAssetPhoto } from '../rows/asset-photo-row'
import { toAssetSubtype } from '../rows/asset-subtype-row'
import { toChangeReport } from '../rows/asset-review-rows'
import { toAsset, toAssetDetails } from '../rows/asset-row'
import { rpcAssetLinksPort } from '../rpc-ports/rpc-asset-links-port'
import { rpcAssetsPort } from '../rpc-ports/rpc-assets-port'
import { rpcPhotosPort } from '../rpc-ports/rpc-photos-port'
import { rpcReviewPort } from '../rpc-ports/rpc-review-port'
import { rpcTaxonomyPort } from '../rpc-ports/rpc-taxonomy-port'
import { postgrestCaller } from './postgrest-caller'
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

/**
 * The connected adapter's assets: the SQL functions of src/db/calls.ts through PostgREST, and the
 * security_invoker views read here.
 */
export function supabaseAssetsPort(client: SupabaseClient): AssetsPort {
  return {
    ...rpcAssetsPort(postgrestCaller(client)),
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

/** The connected adapter's taxonomy, through PostgREST as the signed-in user. */
export function supabaseTaxonomyPort(client: SupabaseClient): TaxonomyPort {
  return {
    ...rpcTaxonomyPort(postgrestCaller(client)),
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
  }
}

/** The connected adapter's curation queues, through PostgREST as the signed-in user. */
export function supabaseReviewPort(client: SupabaseClient): ReviewPort {
  return {
    ...rpcReviewPort(postgrestCaller(client)),
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
  }
}

/** The connected adapter's links between assets, through PostgREST as the signed-in user. */
export function supabaseAssetLinksPort(client: SupabaseClient): AssetLinksPort {
  return {
    ...rpcAssetLinksPort(postgrestCaller(client)),
    async list(assetId) {
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
  }
}

/** The connected adapter's photos of assets, through PostgREST as the signed-in user. */
export function supabasePhotosPort(client: SupabaseClient): PhotosPort {
  return {
    ...rpcPhotosPort(postgrestCaller(client)),
    async get(assetId) {
      const [row] = rowsOf(
        await client.from('asset_photo_list').select('*').eq('asset_id', assetId).maybeSingle(),
      )
      return row ? toAssetPhoto(row) : null
    },
  }
}
