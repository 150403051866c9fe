import { useState } from 'react'
import { saveAssetPhoto } from '../api/save-asset'
import { useAssetPhoto } from '../api/use-asset-photo'
import type { AssetsWorkspace } from '../assets-workspace'
import { AssetConnections } from './asset-connections'
import { AssetDetails } from './asset-details'
import { AssetEditor } from './asset-editor'
import { AssetHistory } from './asset-history'
import { AssetPhotoFigure } from './asset-photo-figure'
import { ReportChangeForm } from './report-change-form'

export interface SelectedAssetProps {
  workspace: AssetsWorkspace
  /** Runs an action, showing its failure in the panel. */
  run: (work: () => Promise<void>) => () => Promise<void>
  actionError: string | null
}

/** The selected asset's details and actions, or its editor while it is being edited. */
export function SelectedAsset({ workspace, run, actionError }: SelectedAssetProps) {
  const { port, selection, list, subtypes } = workspace
  const selected = selection.asset
  // Saving a photo changes no version: a count of saves makes the photo be read again.
  const [photoSaves, setPhotoSaves] = useState(0)
  const photo = useAssetPhoto(selected?.id ?? null, selected?.version ?? null, photoSaves)
  if (!selected) return null
  const subtypeLabel = (code: string | null) =>
    code ? (subtypes.find((s) => s.code === code)?.label ?? code) : null

  if (selection.editing && selection.details && photo.loaded) {
    return (
      <AssetEditor
        key={selected.id}
        asset={selection.details}
        subtypes={subtypes}
        save={selection.save}
        placed={selection.editPlaced}
        photo={
          port
            ? {
                current: photo.photo,
                save: (after) => saveAssetPhoto(port, selected.id, photo.photo, after),
              }
            : undefined
        }
        onDone={(asset) => {
          setPhotoSaves((n) => n + 1)
          selection.saved(asset)
        }}
        onCancel={() => selection.edit(false)}
      />
    )
  }
  const moving = selection.moving
  return (
    <AssetDetails
      asset={selected}
      details={selection.details}
      wardName={selected.wardCode ? (list.wardNames.get(selected.wardCode) ?? null) : null}
      subtypeLabel={subtypeLabel(selected.subtype)}
      onClose={selection.close}
    >
      {photo.photo ? <AssetPhotoFigure photo={photo.photo} /> : null}
      {actionError ? (
        <p className="form-message form-message--error" role="alert">
          {actionError}
        </p>
      ) : null}
      {moving ? (
        <div className="asset-move" role="group" aria-label="Move the pin">
          <p>
            Drag the pin (or focus it and use the arrow keys), or click the map where it should be,
            then save.
          </p>
          <button
            type="button"
            className="button"
            onClick={run(async () => {
              const outcome = await selection.save(selected.version, { lngLat: moving.lngLat })
              if (outcome.status === 'conflict') {
                throw new Error(
                  'Someone else changed this asset meanwhile; look again and move it once more.',
                )
              }
              selection.saved(outcome.asset)
            })}
          >
            Save new location
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => selection.move(false)}
          >
            Cancel move
          </button>
        </div>
      ) : !workspace.can.edit ? null : (
        <div className="asset-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => selection.edit(true)}
            disabled={!selection.details}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => selection.move(true)}
            disabled={!selected.lngLat}
          >
            Move pin
          </button>
          {selected.status === 'archived' ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={run(() => selection.setStatus('approved'))}
            >
              Restore
            </button>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={run(() => selection.setStatus('archived'))}
            >
              Archive
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            onClick={run(selection.markVerified)}
          >
            Mark verified today
          </button>
        </div>
      )}
      <AssetHistory id={selected.id} version={selected.version} />
      <AssetConnections
        asset={selected}
        people={selection.people}
        links={selection.links.links}
        candidates={list.all ?? []}
        onLink={selection.links.link}
        onUnlink={selection.links.unlink}
        onShow={list.select}
      />
      <ReportChangeForm assetName={selected.name} onReport={selection.report} />
    </AssetDetails>
  )
}
