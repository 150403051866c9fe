import { useState } from 'react'
import { KindSwatch } from '../../../components/ui/kind-swatch'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import { PINNABLE_KINDS } from '../../../core/assets/asset-kind-style'

/**
 * The key to the asset pins, over the map's corner: each kind's colour and the letter drawn on
 * its pins from street level, and what hollow, faded and clustered pins mean. A disclosure
 * (details/summary), so it opens from the keyboard and folds away on a phone.
 */
export function AssetsMapKey() {
  // Open at first where the map has room for it; folded on a phone, where it would hide the map.
  const [open] = useState(() => window.matchMedia?.('(min-width: 48rem)').matches ?? true)
  return (
    <details className="assets-map-key" open={open}>
      <summary>Map key</summary>
      <ul aria-label="Kinds of asset on the map">
        {PINNABLE_KINDS.map((kind) => (
          <li key={kind}>
            <KindSwatch kind={kind} />
            {ASSET_KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <p>
        Hollow: waiting for review. Faded: archived or rejected. Dark circles: clusters, with the
        count. {ASSET_KIND_LABELS.individual}: counts per ward only, never pins.
      </p>
    </details>
  )
}
