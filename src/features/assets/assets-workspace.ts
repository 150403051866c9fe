import type {
  Asset,
  AssetChanges,
  AssetDetails,
  AssetDraft,
  AssetKind,
  AssetStatus,
} from '../../core/assets/asset'
import type { AssetLink, NewAssetLink } from '../../core/assets/asset-link'
import type { AssetSubtype } from '../../core/assets/asset-subtype'
import type { AssetFilter } from '../../core/assets/filter-assets'
import type { AssetSortKey, SortDirection } from '../../core/assets/sort-assets'
import type { NewAssetPhoto } from '../../core/photos/asset-photo'
import type { PostcodeLocation } from '../../core/region/postcode-location'
import type { DataPort } from '../../db/port'
import type { MapOverlay } from '../../map/compose-style'
import type { MapFocus } from '../../map/map-contribution'
import type { MapClusterTarget, MapPointTarget } from '../../map/map-view'
import type { SaveOutcome } from './api/save-asset'
import type { PersonLinks } from './api/use-person-links'
import type { PlaceRequest } from './assets-workspace-state'

// What the assets workspace offers its components and its map contribution: state and actions,
// in a few objects so that each component takes the parts it reads (use-assets-workspace.ts).

type LngLat = [number, number]

/** The list as filtered and ordered, with what the filters offer. */
export interface AssetsList {
  /** Every asset read, or null while loading. */
  all: readonly Asset[] | null
  error: string | null
  /** The assets passing the filters, in the chosen order. */
  sorted: readonly Asset[]
  filter: AssetFilter
  setFilter: (filter: AssetFilter) => void
  sort: { by: AssetSortKey; direction: SortDirection }
  sortBy: (by: AssetSortKey) => void
  tags: readonly string[]
  kindCounts: ReadonlyMap<AssetKind, number>
  wardNames: ReadonlyMap<string, string>
  wardName: (code: string | null) => string
  /** Selects an asset and moves the map to it. */
  select: (id: string) => void
}

/** The selected asset, what is known of it, and what can be done to it. */
export interface AssetSelection {
  asset: Asset | null
  details: AssetDetails | null
  links: {
    links: AssetLink[]
    link: (input: NewAssetLink) => Promise<void>
    unlink: (id: string) => Promise<void>
  }
  /** People connected to the selected asset (builders and admins only; else null). */
  people: PersonLinks | null
  /** Its editor is open. */
  editing: boolean
  /** Where a map click placed it while editing (the editor reads it). */
  editPlaced: PlaceRequest | null
  /** Its pin is being moved, and where the pin is now. */
  moving: { lngLat: LngLat } | null
  close: () => void
  closePopup: () => void
  edit: (on: boolean) => void
  move: (on: boolean) => void
  moveTo: (lngLat: LngLat) => void
  save: (expectedVersion: number, changes: AssetChanges) => Promise<SaveOutcome>
  /** An edit or a move was saved. */
  saved: (asset: Asset) => void
  setStatus: (status: AssetStatus, reason?: string) => Promise<void>
  markVerified: () => Promise<void>
  report: (message: string) => Promise<void>
}

/** Adding an asset: where it is placed and saving it. */
export interface AssetAdding {
  /** The Add panel is on show. */
  active: boolean
  /** The new asset's location as the form has it, for its pin. */
  draft: LngLat | null
  /** The place last chosen on the map or by postcode; fills the form's coordinates. */
  placed: PlaceRequest | null
  workshopName: string | null
  setDraft: (lngLat: LngLat | null) => void
  place: (lngLat: LngLat) => void
  lookupPostcode: (postcode: string) => Promise<PostcodeLocation | null>
  postcodeFound: (location: PostcodeLocation) => void
  /** Saves the new asset (tagged to the open workshop); resolves with its name. */
  create: (draft: AssetDraft, clientId: string, photo: NewAssetPhoto | null) => Promise<string>
}

/** The assets feature's state and actions; its components and map contribution read them. */
export interface AssetsWorkspace {
  port: DataPort | null
  can: { edit: boolean; markSensitive: boolean }
  subtypes: readonly AssetSubtype[]
  list: AssetsList
  selection: AssetSelection
  adding: AssetAdding
  map: {
    overlays: readonly MapOverlay[]
    pointTargets: readonly MapPointTarget[]
    clusterTargets: readonly MapClusterTarget[]
    onPickLocation: ((lngLat: LngLat) => void) | null
    focus: MapFocus | null
  }
  /** Brings the asset list (with the selected asset's details) into view. */
  showDetails: () => void
  /** Selects an asset and moves the map to it (from another feature's list, say). */
  showAsset: (id: string) => void
  /** Puts a saved asset into the list at once (e.g. from the review's editor). */
  upsert: (asset: Asset) => void
}
