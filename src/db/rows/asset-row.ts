import { z } from 'zod'
import { ASSET_KINDS, type Asset } from '../../core/assets/asset'

/** A row of the `asset_list` view (or of `create_asset`), as both adapters receive it. */
export const assetRowSchema = z.object({
  asset_id: z.string(),
  name: z.string(),
  kind: z.enum(ASSET_KINDS),
  description: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  ward_code: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'rejected', 'archived']),
  version: z.number().int(),
  created_at: z.union([z.string(), z.date()]),
})

/** Validates a row and turns it into the core type. */
export function toAsset(row: unknown): Asset {
  const value = assetRowSchema.parse(row)
  return {
    id: value.asset_id,
    name: value.name,
    kind: value.kind,
    description: value.description,
    lngLat: value.lng === null || value.lat === null ? null : [value.lng, value.lat],
    wardCode: value.ward_code,
    status: value.status,
    version: value.version,
    createdAt: value.created_at instanceof Date ? value.created_at.toISOString() : value.created_at,
  }
}
