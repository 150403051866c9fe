import { useState } from 'react'
import {
  refreshAssetView,
  type AssetView,
  type AssetViewInput,
} from '../../../core/assets/refresh-asset-view'

/**
 * The list view's filtered and sorted assets, kept from render to render: one asset added or
 * changed (a live pin) updates the index and both lists for that asset alone, instead of
 * rebuilding them for every asset (see refreshAssetView).
 *
 * @param input the assets and how they last changed, the filter, the sort and its labels (pass
 *   stable objects: they are compared by identity)
 * @returns the view
 */
export function useAssetView(input: AssetViewInput): AssetView {
  const [view, setView] = useState<AssetView>(() => refreshAssetView(null, input))
  // Derived from the previous view during render (React's "storing information from previous
  // renders"): no effect, so the table never shows a frame of the old list.
  const next = refreshAssetView(view, input)
  if (next !== view) setView(next)
  return next
}
