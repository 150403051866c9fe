/** How two things in a community are connected (ABCD connection maps). */
export const ASSET_RELATIONS = ['member_of', 'meets_at', 'runs', 'partners_with'] as const
export type AssetRelation = (typeof ASSET_RELATIONS)[number]

/**
 * A connection from one asset to another, e.g. a group "meets at" a venue. A person appears in a
 * connection only by display name, to those allowed to see them, and never as a location.
 */
export interface AssetLink {
  id: string
  fromAssetId: string
  toAssetId: string
  relation: AssetRelation
  /** Display names, for lists; the other end's location is the asset's own (or none). */
  fromName: string
  toName: string
}

export interface NewAssetLink {
  fromAssetId: string
  toAssetId: string
  relation: AssetRelation
}
