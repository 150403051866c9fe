import type { Asset, AssetChanges, AssetDetails, NewAsset } from '../../../core/assets/asset'
import { DataError, VersionConflictError } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'

/** The outcome of saving an edit: saved, or someone else saved first (with their version). */
export type SaveOutcome =
  { status: 'saved'; asset: Asset } | { status: 'conflict'; theirs: AssetDetails }

/** Adds an asset; a retry with the same `clientId` returns the first one. */
export function createAsset(port: DataPort, input: NewAsset): Promise<Asset> {
  return port.assets.create(input)
}

/**
 * Saves changes made from `expectedVersion`. A version conflict is an outcome, not a failure: the
 * caller shows what the other person saved and lets the person choose. Their version is read
 * again in full (with the private contact) when the conflict report does not carry it.
 */
export async function saveAssetChanges(
  port: DataPort,
  id: string,
  expectedVersion: number,
  changes: AssetChanges,
): Promise<SaveOutcome> {
  try {
    return { status: 'saved', asset: await port.assets.update(id, expectedVersion, changes) }
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error
    return { status: 'conflict', theirs: await theirVersion(port, id, error.current) }
  }
}

async function theirVersion(port: DataPort, id: string, current: unknown): Promise<AssetDetails> {
  if (isAsset(current) && 'contact' in current) return current as AssetDetails
  try {
    return await port.assets.get(id)
  } catch {
    if (isAsset(current)) return { ...current, contact: null }
    throw new DataError('Someone else changed this asset, and it can no longer be read.')
  }
}

function isAsset(value: unknown): value is Asset {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { version?: unknown }).version === 'number'
  )
}
