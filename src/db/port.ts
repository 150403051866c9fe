import type { Asset, AssetChanges, AssetDetails, AssetStatus, NewAsset } from '../core/assets/asset'
import type { AssetChangeEvent } from '../core/assets/asset-change-event'
import type { PostcodeLocation } from '../core/region/postcode-location'
import type { WardSummary } from '../core/region/ward-summary'
import type { NewWorkshop, Workshop, WorkshopSummary } from '../core/workshops/workshop'
import type { AnalysisPort } from './analysis-port'
import type { AssetLinksPort } from './asset-links-port'
import type { DeviceDatabasePort } from './device-database-port'
import type { ExportsPort } from './exports-port'
import type { PartnersPort } from './partners-port'
import type { ImportsPort } from './imports-port'
import type { PersonLinksPort } from './person-links-port'
import type { PhotosPort } from './photos-port'
import type { ResidentsPort } from './residents-port'
import type { ReviewPort } from './review-port'
import type { MembersPort, SessionPort } from './session-port'
import type { TaxonomyPort } from './taxonomy-port'
import type { TimeBankReportsPort } from './time-bank-reports-port'
import type { TimeBanksPort } from './time-banks-port'

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
  /** The assets' kinds and subtypes (src/db/taxonomy-port.ts). */
  readonly taxonomy: TaxonomyPort
  /** The curation queues (src/db/review-port.ts). */
  readonly review: ReviewPort
  /** Assets' photos (src/db/photos-port.ts). */
  readonly photos: PhotosPort
  /** Links between assets (src/db/asset-links-port.ts). */
  readonly links: AssetLinksPort
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
  /** Time banks: members, offers and requests, matching, the ledger (src/db/time-banks-port.ts). */
  readonly timeBanks: TimeBanksPort
  /**
   * The time banks as the resident signed in to "Your data": in local mode their own account
   * (not the device's user); in connected mode the signed-in session, so the same as `timeBanks`.
   */
  readonly myTimeBanks: TimeBanksPort
  /** Downloads recorded in the audit log (src/db/exports-port.ts). */
  readonly exports: ExportsPort
  /** Time banks' reports for coordinators and settings for administrators (src/db/time-bank-reports-port.ts). */
  readonly timeBankReports: TimeBankReportsPort
  /** Partners' organisations and schemes, the directory, coverage (src/db/partners-port.ts). */
  readonly partners: PartnersPort
  /** Asset imports: staging, publishing, undoing, the person's imports (src/db/imports-port.ts). */
  readonly imports: ImportsPort
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
  /**
   * "Report a change" from anyone, signed in or not, about an approved asset; lands in the review
   * queue. At most 2,000 characters.
   * @throws DataError `P0429` when too many reports came (from people not signed in 5 an hour per
   *   connection and 50 an hour in all; 3 a day per asset per person and 50 an hour in all from
   *   signed-in people who do not review the asset)
   */
  reportChange(assetId: string, message: string): Promise<void>
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
