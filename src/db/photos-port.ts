import type { AssetPhoto, NewAssetPhoto } from '../core/photos/asset-photo'

/** Assets' photos: one per asset, with its description. */
export interface PhotosPort {
  /** The asset's photo with its description; null when it has none or the viewer may not see it. */
  get(assetId: string): Promise<AssetPhoto | null>
  /**
   * Adds or replaces the asset's photo (those who may edit the asset).
   * @throws DataError `22023` saying why the database refused it: metadata left in it (a phone's
   *   Exif GPS position, XMP, …), over 1 MiB or 1,600 pixels, not a JPEG, no description
   */
  set(assetId: string, photo: NewAssetPhoto): Promise<void>
  remove(assetId: string): Promise<void>
}
