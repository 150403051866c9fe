import { z } from 'zod'
import type { AssetPhoto, NewAssetPhoto } from '../../core/photos/asset-photo'
import { bytea } from './bytea'
import { timestamp } from './timestamp'

/** A row of the `asset_photo_list` view, as both adapters receive it. */
const assetPhotoRowSchema = z.object({
  asset_id: z.string(),
  photo: bytea,
  mime: z.literal('image/jpeg'),
  width: z.number().int(),
  height: z.number().int(),
  alt_text: z.string(),
  added_at: timestamp,
})

export function toAssetPhoto(row: unknown): AssetPhoto {
  const value = assetPhotoRowSchema.parse(row)
  return {
    bytes: value.photo,
    mime: value.mime,
    widthPx: value.width,
    heightPx: value.height,
    altText: value.alt_text,
    addedAt: value.added_at,
  }
}

/** set_asset_photo's named arguments (src/db/calls.ts). */
export function toSetAssetPhotoParams(assetId: string, photo: NewAssetPhoto) {
  return {
    p_asset_id: assetId,
    p_photo: photo.bytes,
    p_mime: photo.mime,
    p_width: photo.widthPx,
    p_height: photo.heightPx,
    p_alt_text: photo.altText,
  }
}
