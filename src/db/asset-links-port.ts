import type { AssetLink, NewAssetLink } from '../core/assets/asset-link'

/** Links between assets (member of, meets at, runs) for the connection maps. */
export interface AssetLinksPort {
  list(assetId: string): Promise<AssetLink[]>
  link(input: NewAssetLink): Promise<AssetLink>
  unlink(linkId: string): Promise<void>
}
