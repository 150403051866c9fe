import type { WardSummary } from '../../../core/region/ward-summary'
import { describeDeprivation } from '../describe-deprivation'

export interface WardTooltipProps {
  ward: WardSummary
  /** Pixels from the map's top-left corner. */
  point: { x: number; y: number }
  /** How many wards the deprivation ranks run over. */
  wardCount: number
  regionName: string
}

const numberFormat = new Intl.NumberFormat('en-GB')

/**
 * The ward under the mouse pointer, drawn by React as text next to the pointer. Hidden from
 * assistive technology: it follows the mouse only, and the panel and list carry the same facts.
 */
export function WardTooltip({ ward, point, wardCount, regionName }: WardTooltipProps) {
  const deprivation = describeDeprivation(ward, wardCount, regionName)
  return (
    <div className="ward-tooltip" aria-hidden="true" style={{ left: point.x, top: point.y }}>
      <strong>{ward.wardName}</strong>
      <span>{ward.ladName}</span>
      <span>{numberFormat.format(ward.population)} residents (2021)</span>
      {deprivation ? <span>{deprivation.rank}</span> : null}
    </div>
  )
}
