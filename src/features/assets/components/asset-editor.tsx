import { useState } from 'react'
import type { Asset, AssetChanges, AssetDetails, AssetDraft } from '../../../core/assets/asset'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import type { AssetPhoto, NewAssetPhoto } from '../../../core/photos/asset-photo'
import {
  compareAssetVersions,
  type VersionComparison,
} from '../../../core/assets/compare-asset-versions'
import { toAssetDraft, toAssetFormInput, toNewAssetPhoto } from '../api/asset-form-schema'
import type { SaveOutcome } from '../api/save-asset'
import { AssetForm } from './asset-form'
import { ConflictNotice } from './conflict-notice'

export interface AssetEditorProps {
  /** The asset as it was when editing began (its version is the one the save names). */
  asset: AssetDetails
  subtypes: readonly AssetSubtype[]
  save: (expectedVersion: number, changes: AssetChanges) => Promise<SaveOutcome>
  onDone: (asset: Asset) => void
  onCancel: () => void
  /** @default "Save changes" */
  submitLabel?: string
  /** A place chosen on the map while editing; fills the coordinates. */
  placed?: { lngLat: [number, number]; request: number } | null
  /**
   * The asset's photo as it is, and how to save a change of it (replaced, described anew or
   * removed: null); without it the form offers no photo.
   */
  photo?: { current: AssetPhoto | null; save: (photo: NewAssetPhoto | null) => Promise<void> }
}

/**
 * Edits an asset with optimistic concurrency: the save names the version editing began from.
 * If someone saved first, the person sees both versions and chooses; the form keeps what they
 * typed throughout.
 */
export function AssetEditor({
  asset,
  subtypes,
  save,
  onDone,
  onCancel,
  submitLabel,
  placed,
  photo,
}: AssetEditorProps) {
  const [conflict, setConflict] = useState<{
    theirs: AssetDetails
    comparison: VersionComparison
  } | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const attempt = async (
    expectedVersion: number,
    changes: AssetChanges,
    mine: Partial<AssetDraft>,
  ) => {
    const outcome = await save(expectedVersion, changes)
    if (outcome.status === 'saved') {
      setConflict(null)
      onDone(outcome.asset)
      return 'done' as const
    }
    setConflict({
      theirs: outcome.theirs,
      comparison: compareAssetVersions(asset, outcome.theirs, mine),
    })
    return 'keep' as const
  }

  return (
    <AssetForm
      idPrefix="edit-asset"
      title={`Edit “${asset.name}”`}
      defaultValues={toAssetFormInput(asset, photo?.current ?? null)}
      withPhoto={photo !== undefined}
      subtypes={subtypes}
      submitLabel={submitLabel ?? 'Save changes'}
      placed={placed ?? null}
      before={
        <>
          {error ? (
            <p className="form-message form-message--error" role="alert">
              {error}
            </p>
          ) : null}
          {conflict ? (
            <ConflictNotice
              comparison={conflict.comparison}
              busy={busy}
              onKeepTheirs={() => onDone(conflict.theirs)}
              onSaveMine={async () => {
                setBusy(true)
                setError(null)
                try {
                  const mine = Object.fromEntries(
                    conflict.comparison.fields.map((f) => [f.field, f.mine]),
                  ) as Partial<AssetDraft>
                  await attempt(conflict.theirs.version, conflict.comparison.myChanges, mine)
                } catch (failure) {
                  setError(failure instanceof Error ? failure.message : String(failure))
                } finally {
                  setBusy(false)
                }
              }}
            />
          ) : null}
        </>
      }
      actions={
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      }
      onSubmit={async (values) => {
        // The photo first: it has no version, and a refusal (metadata, size) stops the whole save.
        await photo?.save(toNewAssetPhoto(values))
        const mine = toAssetDraft(values)
        const base = conflict?.theirs ?? asset
        const changes = conflict
          ? compareAssetVersions(asset, conflict.theirs, mine).myChanges
          : compareAssetVersions(asset, asset, mine).myChanges
        return attempt(base.version, changes, mine)
      }}
    />
  )
}
