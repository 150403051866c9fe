import { z } from 'zod'
import { ASSET_KINDS } from '../../core/assets/asset'
import type { AssetSubtype } from '../../core/assets/asset-subtype'

/** A row of `asset_subtypes` (or of `save_asset_subtype`). */
export const assetSubtypeRowSchema = z.object({
  code: z.string(),
  kind: z.enum(ASSET_KINDS),
  label: z.string(),
  is_active: z.boolean(),
})

/** Validates a row and turns it into the core type. */
export function toAssetSubtype(row: unknown): AssetSubtype {
  const value = assetSubtypeRowSchema.parse(row)
  return { code: value.code, kind: value.kind, label: value.label, isActive: value.is_active }
}
