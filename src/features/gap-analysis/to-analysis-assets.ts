import type { Asset } from '../../core/assets/asset'
import { isPinnableKind } from '../../core/assets/asset-kind-style'
import type { AnalysisAsset } from './worker/gap-analysis-result'

/**
 * The assets the analysis counts, from what the viewer may see: approved ones with a location,
 * of a kind that is a place (people's gifts are counted elsewhere, never as points). Pending,
 * rejected and archived assets are not supply yet, or any more.
 *
 * @param assets as the data port lists them (Row Level Security already applied)
 * @returns the points for the worker
 * @example toAnalysisAssets(await port.assets.list())
 */
export function toAnalysisAssets(assets: readonly Asset[]): AnalysisAsset[] {
  return assets.flatMap((asset) =>
    asset.status === 'approved' && asset.lngLat !== null && isPinnableKind(asset.kind)
      ? [{ id: asset.id, kind: asset.kind, lng: asset.lngLat[0], lat: asset.lngLat[1] }]
      : [],
  )
}
