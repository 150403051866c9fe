/**
 * An asset's photo as stored: a JPEG re-encoded in the browser, which drops every metadata
 * segment (a phone's Exif holds where the photo was taken), with what it shows in words.
 */
export interface NewAssetPhoto {
  bytes: Uint8Array
  mime: 'image/jpeg'
  widthPx: number
  heightPx: number
  /** What the photo shows, for people who cannot see it. */
  altText: string
}

export interface AssetPhoto extends NewAssetPhoto {
  addedAt: string
}

/** A photo's image without its description: what the browser's re-encoding gives. */
export type PhotoImage = Omit<NewAssetPhoto, 'altText'>
