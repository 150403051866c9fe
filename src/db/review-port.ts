import type { Asset } from '../core/assets/asset'
import type {
  AssetHistoryEntry,
  ChangeReport,
  DuplicateCandidate,
} from '../core/assets/asset-review'

/**
 * The curation queues of those who review assets: duplicates, stale assets, reported changes,
 * and an asset's history. Approving, rejecting and verifying are the assets' own (AssetsPort),
 * since the asset editor does them too.
 */
export interface ReviewPort {
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
  /** The open change reports (not yet resolved), oldest first. */
  listChangeReports(): Promise<ChangeReport[]>
  resolveChangeReport(reportId: string): Promise<void>
  /** Who changed what and when (from the audit log: column names, never values). */
  history(assetId: string): Promise<AssetHistoryEntry[]>
}
