import './assets-panel.css'
import { useAssets } from '../api/use-assets'
import { AddAssetForm } from './add-asset-form'
import { AssetList } from './asset-list'

/** Adding and listing community assets, beside the map. */
export function AssetsPanel() {
  const { assets, error, ready, createAsset } = useAssets()
  return (
    <section className="assets-panel" aria-labelledby="assets-title">
      <h2 id="assets-title" className="visually-hidden">
        Community assets
      </h2>
      <AddAssetForm onCreate={createAsset} disabled={!ready} />
      <h3 className="panel-subtitle">Mapped assets</h3>
      {error ? <p role="alert">{error}</p> : <AssetList assets={ready ? assets : null} />}
    </section>
  )
}
