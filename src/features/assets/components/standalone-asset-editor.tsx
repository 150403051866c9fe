import type { Asset } from '../../../core/assets/asset'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import type { DataPort } from '../../../db/port'
import { saveAssetChanges, saveAssetPhoto } from '../api/save-asset'
import { useAssetDetails } from '../api/use-asset-details'
import { useAssetPhoto } from '../api/use-asset-photo'
import { AssetEditor } from './asset-editor'

export interface StandaloneAssetEditorProps {
  port: DataPort | null
  asset: Asset
  subtypes: readonly AssetSubtype[]
  submitLabel: string
  onSaved: (asset: Asset) => void
  onCancel: () => void
}

/** The asset editor for use outside the asset list (e.g. "edit, then approve" in review). */
export function StandaloneAssetEditor({
  port,
  asset,
  subtypes,
  submitLabel,
  onSaved,
  onCancel,
}: StandaloneAssetEditorProps) {
  const { details, error } = useAssetDetails(asset.id, asset.version)
  const photo = useAssetPhoto(asset.id, asset.version, 0)
  if (error) return <p role="alert">{error}</p>
  if (!details || !port || !photo.loaded) return <p className="muted">Loading…</p>
  return (
    <AssetEditor
      asset={details}
      subtypes={subtypes}
      submitLabel={submitLabel}
      save={(expectedVersion, changes) =>
        saveAssetChanges(port, asset.id, expectedVersion, changes)
      }
      photo={{
        current: photo.photo,
        save: (after) => saveAssetPhoto(port, asset.id, photo.photo, after),
      }}
      onDone={onSaved}
      onCancel={onCancel}
    />
  )
}
