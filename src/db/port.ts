import type {
  Asset,
  AssetChanges,
  AssetDetails,
  AssetKind,
  AssetStatus,
  NewAsset,
} from '../core/assets/asset'
import type { AssetChangeEvent } from '../core/assets/asset-change-event'
import type { AssetLink, NewAssetLink } from '../core/assets/asset-link'
import type {
  AssetHistoryEntry,
  ChangeReport,
  DuplicateCandidate,
} from '../core/assets/asset-review'
import type { AssetSubtype } from '../core/assets/asset-subtype'
import type { AssetPhoto, NewAssetPhoto } from '../core/photos/asset-photo'
import type { PostcodeLocation } from '../core/region/postcode-location'
import type { WardSummary } from '../core/region/ward-summary'
import type { NewWorkshop, Workshop, WorkshopSummary } from '../core/workshops/workshop'
import type { AnalysisPort } from './analysis-port'
import type { DeviceDatabasePort } from './device-database-port'
import type { PersonLinksPort } from './person-links-port'
import type { ResidentsPort } from './residents-port'
import type { MembersPort, SessionPort } from './session-port'

/**
 * Everything the UI may ask of the data layer. Two adapters implement it with identical
 * behaviour: Supabase (connected) and PGlite in a Web Worker (local). Every method is one SQL
 * function or `security_invoker` view, so the database decides who may see and do what.
 * Refusals arrive as `DataError`s with a message a person can act on.
 */
export interface DataPort {
  readonly mode: 'local' | 'connected'
  readonly region: RegionPort
  readonly assets: AssetsPort
  /** People in assets' connections, by display name (src/db/person-links-port.ts). */
  readonly personLinks: PersonLinksPort
  readonly workshops: WorkshopsPort
  /** Residents' offers of their gifts (src/db/residents-port.ts). */
  readonly residents: ResidentsPort
  /** Who is using the app and which roles they hold. */
  readonly session: SessionPort
  /** Administrators: people and their roles. */
  readonly members: MembersPort
  /** The gap analysis's SQL twin (src/db/analysis-port.ts). */
  readonly analysis: AnalysisPort
  /** Local mode: back up and restore this device's database; null in connected mode. */
  readonly device: DeviceDatabasePort | null
}

export interface RegionPort {
  /** All wards of the region with population and deprivation. */
  listWardSummaries(): Promise<WardSummary[]>
  /** Where a postcode is, or null when the region has no such postcode. */
  lookupPostcode(postcode: string): Promise<PostcodeLocation | null>
}

export interface AssetsPort {
  /** The taxonomy: every kind's subtypes. */
  listSubtypes(): Promise<AssetSubtype[]>
  /**
   * Changes a subtype: renames, retires or restores it (administrators).
   * @throws DataError `23505` when its kind has another subtype of that name
   */
  saveSubtype(subtype: AssetSubtype): Promise<AssetSubtype>
  /**
   * Adds a subtype at the end of its kind (administrators); the database makes its code.
   * @throws DataError `23505` when the kind already has a subtype of that name, retired or not
   */
  addSubtype(kind: AssetKind, label: string): Promise<AssetSubtype>
  /** Moves a subtype one place up (-1) or down (1) its kind's list (administrators). */
  moveSubtype(code: string, offset: -1 | 1): Promise<AssetSubtype>
  /** Every asset the viewer may see, of any status they may see. */
  list(): Promise<Asset[]>
  /** One asset with its private contact where the viewer may see it. */
  get(id: string): Promise<AssetDetails>
  /** Adds an asset; a repeat with the same `clientId` returns the first. */
  create(input: NewAsset): Promise<Asset>
  /**
   * Saves an edit (or a move: `{ lngLat }`) made from `expectedVersion`: only the fields given
   * change, and every save makes a new version.
   * @throws VersionConflictError (code `P0409`) when someone else saved first; it carries their
   *   version (with the contact where the person may see it), and nothing was written
   */
  update(id: string, expectedVersion: number, changes: AssetChanges): Promise<Asset>
  /**
   * Approves, rejects (with a reason), archives or restores an asset.
   * @throws VersionConflictError as update does
   */
  setStatus(
    id: string,
    expectedVersion: number,
    status: AssetStatus,
    reason?: string,
  ): Promise<Asset>
  /** Records that someone checked the details today. */
  markVerified(id: string): Promise<Asset>
  /** Records in the audit log that the person downloaded `rowCount` assets (before the download). */
  recordExport(rowCount: number): Promise<void>
  /** Merges a duplicate into the asset kept: links and workshop tags move; the duplicate is archived. */
  merge(keepId: string, duplicateId: string): Promise<Asset>
  /** Pairs of live assets with similar names within 100 m, most similar first, for the review queue. */
  listDuplicateCandidates(): Promise<DuplicateCandidate[]>
  /**
   * Records that two assets are not duplicates: the pair is never a candidate again, for anyone,
   * even after a rename; each asset still pairs with others.
   */
  dismissDuplicate(firstId: string, secondId: string): Promise<void>
  /** Takes back "not a duplicate": the pair may be offered again (no change if not dismissed). */
  restoreDuplicate(firstId: string, secondId: string): Promise<void>
  /** Assets not verified for `months` months (default 12), oldest first. */
  listStale(months: number): Promise<Asset[]>
  /**
   * "Report a change" from anyone, signed in or not, about an approved asset; lands in the review
   * queue. At most 2,000 characters.
   * @throws DataError `P0429` when too many reports came (from people not signed in 5 an hour per
   *   connection and 50 an hour in all; 3 a day per asset per person and 50 an hour in all from
   *   signed-in people who do not review the asset)
   */
  reportChange(assetId: string, message: string): Promise<void>
  /** The open change reports (not yet resolved), oldest first. */
  listChangeReports(): Promise<ChangeReport[]>
  resolveChangeReport(reportId: string): Promise<void>
  /** Who changed what and when (from the audit log: column names, never values). */
  history(assetId: string): Promise<AssetHistoryEntry[]>
  listLinks(assetId: string): Promise<AssetLink[]>
  link(input: NewAssetLink): Promise<AssetLink>
  unlink(linkId: string): Promise<void>
  /** The asset's photo with its description; null when it has none or the viewer may not see it. */
  getPhoto(assetId: string): Promise<AssetPhoto | null>
  /**
   * Adds or replaces the asset's photo (those who may edit the asset).
   * @throws DataError `22023` saying why the database refused it: metadata left in it (a phone's
   *   Exif GPS position, XMP, …), over 1 MiB or 1,600 pixels, not a JPEG, no description
   */
  setPhoto(assetId: string, photo: NewAssetPhoto): Promise<void>
  removePhoto(assetId: string): Promise<void>
  /**
   * Calls `onChange` whenever an asset is added, changed or deleted by anyone (every tab of this
   * browser in local mode; Supabase Realtime in connected mode). The event carries ids only: read
   * the asset again (`get`), which fails once the viewer may no longer see it. Returns a function
   * that stops it.
   */
  subscribe(onChange: (event: AssetChangeEvent) => void): () => void
}

export interface WorkshopsPort {
  /** Opens a workshop and gives it a join code. */
  create(input: NewWorkshop): Promise<Workshop>
  /**
   * Joins the workshop with this code (case, spaces and dashes ignored) and returns it.
   * @throws DataError `P0002` when no workshop has the code; `P0429` after 20 wrong codes in an hour
   */
  join(code: string): Promise<Workshop>
  list(): Promise<Workshop[]>
  /** The workshop and every asset captured in it. */
  summary(id: string): Promise<WorkshopSummary>
}

/** Progress of the local database start-up, for the loading indicator. */
export interface StartupProgress {
  phase: 'downloading' | 'opening' | 'migrating' | 'ready'
  /** Bytes of the snapshot downloaded so far (first visit only). */
  loadedBytes?: number
  totalBytes?: number
}
