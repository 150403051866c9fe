import type { Asset, AssetChanges, AssetDetails, NewAsset } from '../../../core/assets/asset'
import type { AssetPhoto, NewAssetPhoto } from '../../../core/photos/asset-photo'
import { DataError, VersionConflictError } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'

/** The outcome of saving an edit: saved, or someone else saved first (with their version). */
export type SaveOutcome =
  { status: 'saved'; asset: Asset } | { status: 'conflict'; theirs: AssetDetails }

/**
 * Adds an asset, then its photo if one is given; a retry with the same `clientId` returns the
 * first asset and saves the photo again, so a refused photo can be fixed and sent once more.
 */
export async function createAsset(
  port: DataPort,
  input: NewAsset,
  photo: NewAssetPhoto | null = null,
): Promise<Asset> {
  const asset = await port.assets.create(input)
  if (photo) {
    try {
      await port.photos.set(asset.id, photo)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new DataError(`“${asset.name}” was saved, but not its photo: ${reason}`)
    }
  }
  return asset
}

/**
 * Saves a change of an asset's photo made in the editor: replaced (or its description changed),
 * removed, or nothing to do when it is as it was.
 */
export async function saveAssetPhoto(
  port: DataPort,
  assetId: string,
  before: AssetPhoto | null,
  after: NewAssetPhoto | null,
): Promise<void> {
  if (!after) {
    if (before) await port.photos.remove(assetId)
    return
  }
  if (before && before.bytes === after.bytes && before.altText === after.altText) return
  await port.photos.set(assetId, after)
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
