import { z } from 'zod'
import type { AssetChangeEvent } from '../../core/assets/asset-change-event'

/** The payload of a notification on the `asset_changes` channel: ids only, never content. */
export const assetChangeNotificationSchema = z.object({
  type: z.enum(['created', 'updated', 'deleted']),
  asset_id: z.string(),
  workshop_id: z.string().nullable(),
})

/** Parses a notification's JSON text; null when it is not one (it is then ignored). */
export function toAssetChangeEvent(payload: string): AssetChangeEvent | null {
  let json: unknown
  try {
    json = JSON.parse(payload)
  } catch {
    return null
  }
  const parsed = assetChangeNotificationSchema.safeParse(json)
  if (!parsed.success) return null
  return {
    type: parsed.data.type,
    assetId: parsed.data.asset_id,
    workshopId: parsed.data.workshop_id,
  }
}
