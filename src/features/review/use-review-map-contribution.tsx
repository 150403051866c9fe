import type { ReactNode } from 'react'
import type { Asset } from '../../core/assets/asset'
import type { MapContribution } from '../../map/map-contribution'
import { useReviewQueue } from './api/use-review-queue'
import { ReviewPanel } from './components/review-panel'

export interface ReviewMapContributionOptions {
  /** Selects the asset on the map and shows its details (the assets feature's). */
  showAsset: (assetId: string) => void
  /** The asset editor, for "edit, then approve" (the assets feature's). */
  renderEditor: (asset: Asset, onSaved: (saved: Asset) => void, onCancel: () => void) => ReactNode
}

/** The builders' curation queues in the Review tab, with how many wait as its badge. */
export function useReviewMapContribution({
  showAsset,
  renderEditor,
}: ReviewMapContributionOptions): MapContribution {
  const queue = useReviewQueue()
  const waiting = queue.pending.length + queue.reports.length
  return {
    id: 'review',
    panels: [
      {
        id: 'review',
        label: 'Review',
        order: 40,
        badge: waiting ? `(${waiting})` : undefined,
        content: <ReviewPanel queue={queue} onShowAsset={showAsset} renderEditor={renderEditor} />,
      },
    ],
  }
}
