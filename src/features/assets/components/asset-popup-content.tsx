import type { Asset } from '../../../core/assets/asset'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import { ASSET_STATUS_LABELS } from '../../../core/assets/asset-status-labels'

/** What the map popup says about a pin: React text nodes only, never HTML from data. */
export function AssetPopupContent({ asset, onDetails }: { asset: Asset; onDetails: () => void }) {
  return (
    <div className="asset-popup" data-testid="asset-popup">
      <p className="asset-popup__name">{asset.name}</p>
      <p className="asset-popup__meta">
        {ASSET_KIND_LABELS[asset.kind]} · {ASSET_STATUS_LABELS[asset.status]}
      </p>
      {asset.description ? <p className="asset-popup__description">{asset.description}</p> : null}
      <button type="button" className="link-button" onClick={onDetails}>
        Details, edit or report a change
      </button>
    </div>
  )
}
