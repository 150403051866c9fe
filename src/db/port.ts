import type { Asset, NewAsset } from '../core/assets/asset'
import type { WardSummary } from '../core/region/ward-summary'

/**
 * Everything the UI may ask of the data layer. Two adapters implement it with identical
 * behaviour: Supabase (connected) and PGlite in a Web Worker (local). Every method is one SQL
 * function or `security_invoker` view, so the database decides who may see and do what.
 */
export interface DataPort {
  readonly mode: 'local' | 'connected'
  /** All wards of the region with population and deprivation. */
  listWardSummaries(): Promise<WardSummary[]>
  /** The assets the acting user may see. */
  listAssets(): Promise<Asset[]>
  /** Adds an asset (pending until approved); a repeat with the same `clientId` returns the first. */
  createAsset(input: NewAsset): Promise<Asset>
}

/** Progress of the local database start-up, for the loading indicator. */
export interface StartupProgress {
  phase: 'downloading' | 'opening' | 'migrating' | 'ready'
  /** Bytes of the snapshot downloaded so far (first visit only). */
  loadedBytes?: number
  totalBytes?: number
}
