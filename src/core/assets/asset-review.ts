import type { Asset } from './asset'

/** Two assets that may be the same place: similar names within 100 m. */
export interface DuplicateCandidate {
  first: Asset
  second: Asset
  /** Name similarity, 0–1 (trigram similarity of the normalised names). */
  similarity: number
  /** Under 100 m by definition; given in whole metres for the reviewer. */
  distanceMetres: number
}

/** A member of the public saying an asset's details are wrong ("report a change"). */
export interface ChangeReport {
  id: string
  assetId: string
  assetName: string
  message: string
  createdAt: string
  resolvedAt: string | null
}

/** One entry of an asset's history, from the audit log: who did what, when, to which fields. */
export interface AssetHistoryEntry {
  occurredAt: string
  /** A display name of who acted, or "Someone" where the viewer may not know. */
  actor: string
  action: 'insert' | 'update' | 'delete' | 'export' | 'erase'
  changedColumns: string[]
}
