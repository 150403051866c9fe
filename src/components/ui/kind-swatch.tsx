import './kind-swatch.css'
import type { AssetKind } from '../../core/assets/asset'
import { ASSET_KIND_STYLES } from '../../core/assets/asset-kind-style'

/**
 * A kind's key as the map draws it: its colour with its one-letter mark, so that colour is never
 * the only cue (WCAG 1.4.1). Decorative: the kind's name is always written beside it. The mark is
 * drawn by CSS (`data-mark`), so that it is not part of the text of a heading or cell it sits in.
 */
export function KindSwatch({ kind }: { kind: AssetKind }) {
  const style = ASSET_KIND_STYLES[kind]
  return (
    <span
      className="kind-swatch"
      aria-hidden="true"
      data-mark={style.mark}
      style={{ background: style.colour, color: style.markColour }}
    />
  )
}
