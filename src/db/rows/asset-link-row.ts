import { z } from 'zod'
import { ASSET_RELATIONS, type AssetLink } from '../../core/assets/asset-link'

/** A row of the `asset_link_list` view (or of `link_assets`). */
export const assetLinkRowSchema = z.object({
  link_id: z.string(),
  from_asset_id: z.string(),
  to_asset_id: z.string(),
  relation: z.enum(ASSET_RELATIONS),
  from_name: z.string(),
  to_name: z.string(),
})

/** Validates a row and turns it into the core type. */
export function toAssetLink(row: unknown): AssetLink {
  const value = assetLinkRowSchema.parse(row)
  return {
    id: value.link_id,
    fromAssetId: value.from_asset_id,
    toAssetId: value.to_asset_id,
    relation: value.relation,
    fromName: value.from_name,
    toName: value.to_name,
  }
}
