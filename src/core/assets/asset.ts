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
  /** Code of a subtype in the taxonomy (e.g. `village_hall`), or null. */
  subtype: string | null
  description: string
  /** Free text, e.g. "Mon–Fri 9–5; Sat 10–12". */
  openingTimes: string
  /** Accessibility notes, e.g. "Step-free entrance; hearing loop". */
  accessibility: string
  website: string | null
  tags: string[]
  /** Null only for a sensitive place shown to someone who may not see where it is. */
  lngLat: [number, number] | null
  /** The ward the database placed it in, or null outside the region. */
  wardCode: string | null
  status: AssetStatus
  /** Why a reviewer rejected it, when status is `rejected`. */
  statusReason: string | null
  /** A refuge or safe house: seen only by safeguarding and admins, never on a public map. */
  isSensitive: boolean
  /** The workshop it was captured in, if any. */
  workshopId: string | null
  /** When someone last confirmed the details are right (ISO 8601), or null if never. */
  lastVerifiedAt: string | null
  /** Optimistic concurrency: a save must name the version it started from. */
  version: number
  createdAt: string
  updatedAt: string
}

/** An asset with its private contact details, for roles that may see them. */
export interface AssetDetails extends Asset {
  /** Private: a phone number or email for the builder, never shown publicly. Null if hidden. */
  contact: string | null
}

/** What a person types to describe an asset (adding or editing). */
export interface AssetDraft {
  name: string
  kind: AssetKind
  subtype: string | null
  description: string
  openingTimes: string
  accessibility: string
  website: string | null
  tags: string[]
  contact: string | null
  lngLat: [number, number]
  isSensitive?: boolean
}

/** What a builder submits to add an asset. `clientId` makes the submission idempotent offline. */
export interface NewAsset extends AssetDraft {
  clientId: string
  /** Tag the asset to the workshop it is captured in. */
  workshopId?: string | null
}

/** The fields an edit changes (moving a pin changes only `lngLat`). */
export type AssetChanges = Partial<AssetDraft>
