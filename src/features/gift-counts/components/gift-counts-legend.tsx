import { GIFT_COUNT_CLASSES } from '../../../core/residents/gift-count-classes'
import { GIFT_COUNT_COLOURS } from '../map/gift-counts-layer'

/** The gifts map's key: each class in words beside its colour, and what a plain ward means. */
export function GiftCountsLegend() {
  return (
    <ul className="gift-counts-legend" aria-label="Key to the gifts map">
      {GIFT_COUNT_CLASSES.map((step, index) => (
        <li key={step.from} className="gift-counts-legend__item">
          <span
            className="gift-counts-legend__swatch"
            style={{ background: GIFT_COUNT_COLOURS[index] }}
            aria-hidden="true"
          />
          {step.label}
        </li>
      ))}
      <li className="gift-counts-legend__item">
        <span
          className="gift-counts-legend__swatch gift-counts-legend__swatch--plain"
          aria-hidden="true"
        />
        No figure: fewer than 5, counted in the authority's total
      </li>
    </ul>
  )
}
