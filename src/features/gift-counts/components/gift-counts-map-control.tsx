import { useId } from 'react'
import type { AreaCountsState } from '../api/use-area-counts'
import { GiftCountsLegend } from './gift-counts-legend'

export interface GiftCountsMapControlProps {
  shown: boolean
  onShownChange: (shown: boolean) => void
  counts: AreaCountsState
  /** How many wards have a figure of their own. */
  wardsWithFigure: number
}

/** On the map, for everyone: turns the gifts layer on and off, with its key while it is on. */
export function GiftCountsMapControl({
  shown,
  onShownChange,
  counts,
  wardsWithFigure,
}: GiftCountsMapControlProps) {
  const id = useId()
  return (
    <div className="gift-counts-control" data-testid="gift-counts-control">
      <label className="gift-counts-control__toggle" htmlFor={`${id}-shown`}>
        <input
          id={`${id}-shown`}
          type="checkbox"
          checked={shown}
          onChange={(event) => onShownChange(event.target.checked)}
        />
        People offering gifts, per ward
      </label>
      {shown ? (
        <div className="gift-counts-control__key">
          <p className="gift-counts-control__status" role="status">
            {describe(counts, wardsWithFigure)}
          </p>
          <GiftCountsLegend />
        </div>
      ) : null}
    </div>
  )
}

function describe(counts: AreaCountsState, wardsWithFigure: number): string {
  switch (counts.status) {
    case 'idle':
    case 'loading':
      return 'Loading the counts…'
    case 'failed':
      return `The counts could not be loaded: ${counts.message}`
    case 'ready':
      if (counts.counts.length === 0) return 'No authority has 5 people counted yet.'
      return wardsWithFigure === 1
        ? '1 ward has a figure.'
        : `${wardsWithFigure} wards have a figure.`
  }
}
