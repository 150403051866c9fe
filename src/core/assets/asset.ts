/**
 * The six kinds of asset in Asset Based Community Development (Kretzmann & McKnight), as stored in
 * the database's `asset_kind` enum. `individual` gifts are held with residents' offers and only
 * ever shown as counts per ward, never as pins.
 */
export const ASSET_KINDS = [
  'individual',
  'association',
  'institution',
  'physical_space',
  'economic',
  'cultural',
] as const

export type AssetKind = (typeof ASSET_KINDS)[number]

export type AssetStatus = 'pending' | 'approved' | 'rejected' | 'archived'

/** A mapped community asset as a viewer may see it. Coordinates are `[lng, lat]` (WGS84). */
export interface Asset {
  id: string
  name: string
  kind: AssetKind
  description: string
  /** Null for a sensitive place, which has no public location. */
  lngLat: [number, number] | null
  /** The ward the database placed it in, or null outside the region. */
  wardCode: string | null
  status: AssetStatus
  version: number
  createdAt: string
}

/** What a builder submits to add an asset. `clientId` makes the submission idempotent offline. */
export interface NewAsset {
  clientId: string
  name: string
  kind: AssetKind
  description: string
  lngLat: [number, number]
}
