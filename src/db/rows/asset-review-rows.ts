import { z } from 'zod'
import type {
  AssetHistoryEntry,
  ChangeReport,
  DuplicateCandidate,
} from '../../core/assets/asset-review'
import { toAsset } from './asset-row'
import { timestamp } from './timestamp'

// The review queue's rows: duplicate candidates, change reports and an asset's history.

/** A row of `list_duplicate_candidates`: both assets as `asset_list` JSON. */
export const duplicateCandidateRowSchema = z.object({
  first_asset: z.unknown(),
  second_asset: z.unknown(),
  similarity: z.number(),
  distance_metres: z.number().int(),
})

export function toDuplicateCandidate(row: unknown): DuplicateCandidate {
  const value = duplicateCandidateRowSchema.parse(row)
  return {
    first: toAsset(value.first_asset),
    second: toAsset(value.second_asset),
    similarity: value.similarity,
    distanceMetres: value.distance_metres,
  }
}

/** A row of the `asset_change_report_list` view. */
export const changeReportRowSchema = z.object({
  report_id: z.string(),
  asset_id: z.string(),
  asset_name: z.string(),
  message: z.string(),
  created_at: timestamp,
  resolved_at: timestamp.nullable(),
})

export function toChangeReport(row: unknown): ChangeReport {
  const value = changeReportRowSchema.parse(row)
  return {
    id: value.report_id,
    assetId: value.asset_id,
    assetName: value.asset_name,
    message: value.message,
    createdAt: value.created_at,
    resolvedAt: value.resolved_at,
  }
}

/** A row of `asset_history`. */
export const assetHistoryRowSchema = z.object({
  occurred_at: timestamp,
  actor: z.string(),
  action: z.enum(['insert', 'update', 'delete', 'export', 'erase']),
  changed_columns: z.array(z.string()),
})

export function toAssetHistoryEntry(row: unknown): AssetHistoryEntry {
  const value = assetHistoryRowSchema.parse(row)
  return {
    occurredAt: value.occurred_at,
    actor: value.actor,
    action: value.action,
    changedColumns: value.changed_columns,
  }
}
