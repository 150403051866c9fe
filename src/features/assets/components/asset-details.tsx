import type { ReactNode } from 'react'
import type { Asset, AssetDetails as AssetWithContact } from '../../../core/assets/asset'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import { ASSET_STATUS_LABELS } from '../../../core/assets/asset-status-labels'
import { KindSwatch } from '../../../components/ui/kind-swatch'

export interface AssetDetailsProps {
  asset: Asset
  /** With the private contact, once read. */
  details: AssetWithContact | null
  wardName: string | null
  subtypeLabel: string | null
  workshopName?: string | null
  /** Action buttons and sections (edit, move, archive, history, connections, report). */
  children?: ReactNode
  onClose: () => void
}

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })

/** One asset's details. Everything a person typed is rendered as text, links only if http(s). */
export function AssetDetails({
  asset,
  details,
  wardName,
  subtypeLabel,
  children,
  onClose,
}: AssetDetailsProps) {
  const rows: Array<[string, ReactNode]> = [
    ['Kind', ASSET_KIND_LABELS[asset.kind]],
    ['Type', subtypeLabel],
    [
      'Status',
      ASSET_STATUS_LABELS[asset.status] + (asset.statusReason ? `: ${asset.statusReason}` : ''),
    ],
    ['Ward', wardName ?? (asset.wardCode ? asset.wardCode : 'Outside the region')],
    ['Description', asset.description],
    ['Opening times', asset.openingTimes],
    ['Accessibility', asset.accessibility],
    [
      'Website',
      asset.website && /^https?:\/\//i.test(asset.website) ? (
        <a href={asset.website} rel="noopener noreferrer nofollow" target="_blank">
          {asset.website}
        </a>
      ) : (
        asset.website
      ),
    ],
    ['Tags', asset.tags.join(', ')],
    ['Contact (private)', details?.contact ?? null],
    [
      'Location',
      asset.lngLat
        ? `${asset.lngLat[1].toFixed(5)}, ${asset.lngLat[0].toFixed(5)} (lat, long)`
        : null,
    ],
    ['Last verified', asset.lastVerifiedAt ? day.format(new Date(asset.lastVerifiedAt)) : 'Never'],
  ]
  return (
    <section
      className="asset-details"
      aria-labelledby="asset-details-title"
      data-testid="asset-details"
    >
      <div className="asset-details__head">
        <h3 id="asset-details-title" className="panel-title" tabIndex={-1}>
          <KindSwatch kind={asset.kind} />
          {asset.name}
        </h3>
        <button type="button" className="link-button" onClick={onClose}>
          Close <span className="visually-hidden">details of {asset.name}</span>
        </button>
      </div>
      <dl className="asset-details__facts">
        {rows
          .filter(([, value]) => value !== null && value !== '')
          .map(([label, value]) => (
            <div key={label} className="asset-details__fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {children}
    </section>
  )
}
