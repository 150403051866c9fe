import { ASSET_KIND_STYLES } from '../../../core/assets/asset-kind-style'
import { MapMarker } from '../../../map/map-marker'
import { MapPopup } from '../../../map/map-popup'
import type { AssetsWorkspace } from '../assets-workspace'
import { AssetPopupContent } from './asset-popup-content'
import { AssetsMapKey } from './assets-map-key'

/** The assets' key, the new asset's pin, the pin being moved, and the selected asset's popup. */
export function AssetsMapPieces({ workspace }: { workspace: AssetsWorkspace }) {
  const { adding, selection } = workspace
  const selected = selection.asset
  const moving = selection.moving
  return (
    <>
      <AssetsMapKey />
      {adding.active && adding.draft ? (
        <MapMarker
          lngLat={adding.draft}
          label="New asset location"
          colour="#1d2733"
          testId="draft-pin"
          onMove={adding.place}
        />
      ) : null}
      {moving && selected ? (
        <MapMarker
          lngLat={moving.lngLat}
          label={`New location of ${selected.name}`}
          colour={ASSET_KIND_STYLES[selected.kind].colour}
          testId="move-pin"
          onMove={selection.moveTo}
        />
      ) : null}
      {selected?.lngLat && !adding.active && !moving ? (
        <MapPopup lngLat={selected.lngLat} label={selected.name} onClose={selection.closePopup}>
          <AssetPopupContent asset={selected} onDetails={workspace.showDetails} />
        </MapPopup>
      ) : null}
    </>
  )
}
