/**
 * What the database accepts as an asset's photo (supabase/migrations/…_asset_photos.sql checks the
 * same numbers): a JPEG of at most 1 MiB whose long side is at most 1,600 pixels, plenty for a
 * details panel and small enough to load in a village hall on weak Wi-Fi.
 */
export const PHOTO_LIMITS = {
  /** Stored bytes, after re-encoding. */
  maxBytes: 1_048_576,
  /** Pixels on the long side, after re-encoding. */
  maxLongSidePx: 1600,
  /** A chosen file larger than this is refused before decoding (phones' photos are 2–15 MB). */
  maxSourceBytes: 40 * 1_048_576,
  /** Characters of the photo's alternative text. */
  maxAltTextLength: 300,
  /** The one format stored: every browser's canvas can encode it. */
  mime: 'image/jpeg',
} as const
