import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import type { Asset } from '../../../core/assets/asset'

const STATUS_LABELS: Record<Asset['status'], string> = {
  pending: 'Waiting for review',
  approved: 'Approved',
  rejected: 'Rejected',
  archived: 'Archived',
}

/** The assets as a table (names are rendered as text, never as HTML). */
export function AssetList({ assets }: { assets: Asset[] | null }) {
  if (assets === null) return <p className="muted">Loading assets…</p>
  if (assets.length === 0) {
    return <p className="muted">No assets mapped yet. Add the first one above.</p>
  }
  return (
    <table className="asset-table">
      <caption className="visually-hidden">Mapped assets</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Ward</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {assets.map((asset) => (
          <tr key={asset.id}>
            <td>{asset.name}</td>
            <td>{ASSET_KIND_LABELS[asset.kind]}</td>
            <td>{asset.wardCode ?? 'Outside the region'}</td>
            <td>{STATUS_LABELS[asset.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
