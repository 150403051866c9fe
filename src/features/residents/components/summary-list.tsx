import type { ReactNode } from 'react'
import { RouteLink, type Navigate } from './route-link'

export interface SummaryRow {
  key: string
  label: string
  value: ReactNode
  /** Where "Change" goes, if the answer can be changed there. */
  change?: string
}

/**
 * GOV.UK's summary list: each answer beside its question, with a "Change" link whose accessible
 * name says what it changes ("Change your name"). Stacks on narrow screens.
 */
export function SummaryList({
  rows,
  navigate,
}: {
  rows: readonly SummaryRow[]
  navigate?: Navigate
}) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.label}</dt>
          {/* dir="auto": a name or gift in Arabic or Hebrew reads right to left, as typed. */}
          <dd className="summary-list__value" dir="auto">
            {row.value}
          </dd>
          {row.change && navigate ? (
            <dd className="summary-list__actions">
              <RouteLink to={row.change} navigate={navigate}>
                Change<span className="visually-hidden"> {row.label.toLowerCase()}</span>
              </RouteLink>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}

/** A list of answers as lines, or "None" when there are none. */
export function Lines({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <>None</>
  if (items.length === 1) return <>{items[0]}</>
  return (
    <ul className="summary-list__lines">
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </ul>
  )
}
