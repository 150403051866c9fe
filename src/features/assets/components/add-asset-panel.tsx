import { useState } from 'react'
import { toAssetDraft, toAssetFormInput, toNewAssetPhoto } from '../api/asset-form-schema'
import type { AssetsWorkspace } from '../assets-workspace'
import { AssetForm } from './asset-form'
import { PostcodeFinder } from './postcode-finder'

export interface AddAssetPanelProps {
  workspace: AssetsWorkspace
}

const emptyForm = toAssetFormInput(null)

/** Adding an asset: by clicking the map, finding a postcode, or typing coordinates. */
export function AddAssetPanel({ workspace }: AddAssetPanelProps) {
  const { adding } = workspace
  const ready = workspace.port !== null
  const [saved, setSaved] = useState<string | null>(null)
  const [clientId, setClientId] = useState(() => crypto.randomUUID())
  return (
    <div className="add-asset">
      <p className="add-asset__hint">
        While this tab is open, a click on the map places the new asset there.
        {adding.workshopName
          ? ` New assets are tagged to the workshop “${adding.workshopName}”.`
          : ''}
      </p>
      {saved ? (
        <p className="form-message" role="status">
          {saved}
        </p>
      ) : null}
      <AssetForm
        canMarkSensitive={workspace.can.markSensitive}
        idPrefix="add-asset"
        title="Add an asset"
        defaultValues={emptyForm}
        subtypes={workspace.subtypes}
        submitLabel="Save asset"
        disabled={!ready}
        placed={adding.placed}
        onCoordinatesChange={adding.setDraft}
        resetAfterSave
        withPhoto
        before={
          <PostcodeFinder
            lookup={adding.lookupPostcode}
            onFound={adding.postcodeFound}
            disabled={!ready}
          />
        }
        onSubmit={async (values) => {
          setSaved(null)
          const name = await adding.create(toAssetDraft(values), clientId, toNewAssetPhoto(values))
          setClientId(crypto.randomUUID())
          setSaved(`Saved “${name}”.`)
          return 'done'
        }}
      />
      {ready ? null : (
        <p className="form-field__hint">Saving is possible once the database is ready.</p>
      )}
    </div>
  )
}
