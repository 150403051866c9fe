import { useState } from 'react'
import type { AssetDraft } from '../../../core/assets/asset'
import type { NewAssetPhoto } from '../../../core/photos/asset-photo'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import type { PostcodeLocation } from '../../../core/region/postcode-location'
import { toAssetDraft, toAssetFormInput, toNewAssetPhoto } from '../api/asset-form-schema'
import { AssetForm } from './asset-form'
import { PostcodeFinder } from './postcode-finder'

export interface AddAssetPanelProps {
  ready: boolean
  subtypes: readonly AssetSubtype[]
  /** The place last chosen on the map or by postcode; fills the coordinates. */
  placed: { lngLat: [number, number]; request: number } | null
  onCoordinatesChange: (lngLat: [number, number] | null) => void
  lookupPostcode: (postcode: string) => Promise<PostcodeLocation | null>
  onPostcodeFound: (location: PostcodeLocation) => void
  /**
   * Saves the new asset; resolves with its name, rejects with a reason to show. `clientId` stays
   * the same until a save succeeds, so a retry after a lost connection is the same submission.
   * The photo, if any, is saved with it.
   */
  onCreate: (draft: AssetDraft, clientId: string, photo: NewAssetPhoto | null) => Promise<string>
  /** Offer the "sensitive place" choice (safeguarding and admins). */
  canMarkSensitive: boolean
  /** The workshop new assets are tagged to, if one is open. */
  workshopName: string | null
}

const emptyForm = toAssetFormInput(null)

/** Adding an asset: by clicking the map, finding a postcode, or typing coordinates. */
export function AddAssetPanel(props: AddAssetPanelProps) {
  const [saved, setSaved] = useState<string | null>(null)
  const [clientId, setClientId] = useState(() => crypto.randomUUID())
  return (
    <div className="add-asset">
      <p className="add-asset__hint">
        While this tab is open, a click on the map places the new asset there.
        {props.workshopName
          ? ` New assets are tagged to the workshop “${props.workshopName}”.`
          : ''}
      </p>
      {saved ? (
        <p className="form-message" role="status">
          {saved}
        </p>
      ) : null}
      <AssetForm
        canMarkSensitive={props.canMarkSensitive}
        idPrefix="add-asset"
        title="Add an asset"
        defaultValues={emptyForm}
        subtypes={props.subtypes}
        submitLabel="Save asset"
        disabled={!props.ready}
        placed={props.placed}
        onCoordinatesChange={props.onCoordinatesChange}
        resetAfterSave
        withPhoto
        before={
          <PostcodeFinder
            lookup={props.lookupPostcode}
            onFound={props.onPostcodeFound}
            disabled={!props.ready}
          />
        }
        onSubmit={async (values) => {
          setSaved(null)
          const name = await props.onCreate(toAssetDraft(values), clientId, toNewAssetPhoto(values))
          setClientId(crypto.randomUUID())
          setSaved(`Saved “${name}”.`)
          return 'done'
        }}
      />
      {props.ready ? null : (
        <p className="form-field__hint">Saving is possible once the database is ready.</p>
      )}
    </div>
  )
}
