import type { Caller } from '../call'
import { removeAssetPhoto, setAssetPhoto } from '../calls'
import type { PhotosPort } from '../photos-port'
import { toSetAssetPhotoParams } from '../rows/asset-photo-row'

/** Photos' changes: one SQL function each, the same in both adapters (the photo is a view). */
export function rpcPhotosPort(call: Caller): Omit<PhotosPort, 'get'> {
  return {
    set: (assetId, photo) => call(setAssetPhoto, toSetAssetPhotoParams(assetId, photo)),
    remove: (assetId) => call(removeAssetPhoto, { p_asset_id: assetId }),
  }
}
