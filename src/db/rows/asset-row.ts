import { z } from 'zod'
import { ASSET_KINDS, type Asset, type AssetDetails } from '../../core/assets/asset'
import { timestamp } from './timestamp'

/**
 * A row of the `asset_list` view (or of an RPC returning its rows, or one as JSON), as both
 * adapters receive it.
 */
export const assetRowSchema = z.object({
  asset_id: z.string(),
  name: z.string(),
  kind: z.enum(ASSET_KINDS),
  subtype: z.string().nullable(),
  description: z.string(),
  opening_times: z.string(),
  accessibility: z.string(),
  website: z.string().nullable(),
  tags: z.array(z.string()),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  ward_code: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'rejected', 'archived']),
  status_reason: z.string().nullable(),
  is_sensitive: z.boolean(),
  workshop_id: z.string().nullable(),
  last_verified_at: timestamp.nullable(),
  version: z.number().int(),
  created_at: timestamp,
  updated_at: timestamp,
})

/** A row of the `asset_details` view: an asset row with the private contact (null if hidden). */
export const assetDetailsRowSchema = assetRowSchema.extend({ contact: z.string().nullable() })

type AssetRow = z.output<typeof assetRowSchema>

function fromRow(value: AssetRow): Asset {
  return {
    id: value.asset_id,
    name: value.name,
    kind: value.kind,
    subtype: value.subtype,
    description: value.description,
    openingTimes: value.opening_times,
    accessibility: value.accessibility,
    website: value.website,
    tags: value.tags,
    lngLat: value.lng === null || value.lat === null ? null : [value.lng, value.lat],
    wardCode: value.ward_code,
    status: value.status,
    statusReason: value.status_reason,
    isSensitive: value.is_sensitive,
    workshopId: value.workshop_id,
    lastVerifiedAt: value.last_verified_at,
    version: value.version,
    createdAt: value.created_at,
    updatedAt: value.updated_at,
  }
}

/** Validates a row and turns it into the core type. */
export function toAsset(row: unknown): Asset {
  return fromRow(assetRowSchema.parse(row))
}

/** Validates an `asset_details` row (or its JSON) and turns it into the core type. */
export function toAssetDetails(row: unknown): AssetDetails {
  const value = assetDetailsRowSchema.parse(row)
  return { ...fromRow(value), contact: value.contact }
}
