import type { WardSummary } from '../../../core/region/ward-summary'

export interface WardTooltipProps {
  ward: WardSummary
  /** Pixels from the map's top-left corner. */
  point: { x: number; y: number }
}

/**
 * The ward under the mouse pointer, drawn by React as text next to the pointer. Hidden from
 * assistive technology: it follows the mouse only, and the panel and list carry the same facts.
 */
export function WardTooltip({ ward, point }: WardTooltipProps) {
  return (
    <div className="ward-tooltip" aria-hidden="true" style={{ left: point.x, top: point.y }}>
      <strong>{ward.wardName}</strong>
      <span>{ward.ladName}</span>
    </div>
  )
}
