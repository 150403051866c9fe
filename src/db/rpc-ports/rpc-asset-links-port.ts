import type { Caller } from '../call'
import { linkAssets, unlinkAssets } from '../calls'
import type { AssetLinksPort } from '../asset-links-port'
import { oneOf } from './one-of'

/** Links between assets: the SQL functions, the same in both adapters (the list is a view). */
export function rpcAssetLinksPort(call: Caller): Omit<AssetLinksPort, 'list'> {
  return {
    link: (input) =>
      oneOf(
        call(linkAssets, {
          p_from_asset_id: input.fromAssetId,
          p_to_asset_id: input.toAssetId,
          p_relation: input.relation,
        }),
      ),
    unlink: (linkId) => call(unlinkAssets, { p_link_id: linkId }),
  }
}
