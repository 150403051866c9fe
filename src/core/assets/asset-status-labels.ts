import type { AssetStatus } from './asset'

/** Statuses in words, as lists, filters and the map's legend name them. */
export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  pending: 'Waiting for review',
  approved: 'Approved',
  rejected: 'Rejected',
  archived: 'Archived',
}

export const ASSET_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'archived',
] as const satisfies readonly AssetStatus[]
