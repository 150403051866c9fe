import {
  bivariateColour,
  describeBivariateClass,
  type BivariateClass,
  type Tercile,
} from '../bivariate-classes'

export interface BivariateLegendProps {
  /** Wards in each class, keyed `${need}-${supply}`. */
  counts: ReadonlyMap<string, number>
  /** Wards with no need or supply figure. */
  unclassified: number
}

const NEED_ROWS: readonly Tercile[] = [3, 2, 1]
const SUPPLY_COLUMNS: readonly Tercile[] = [1, 2, 3]
const WORDS: Record<Tercile, string> = { 1: 'Low', 2: 'Middle', 3: 'High' }

/** The key of a class in `counts`. */
export function classKey(value: BivariateClass): string {
  return `${value.need}-${value.supply}`
}

/**
 * The choropleth's 3 × 3 key as a table: need in rows (high at the top), supply in columns (low
 * at the left), each cell its colour, the number of wards in it and the class in words, so
 * that no reader depends on telling the colours apart. The top-left cell, high need with low
 * supply, holds the most under-served wards.
 */
export function BivariateLegend({ counts, unclassified }: BivariateLegendProps) {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0) + unclassified
  return (
    <table
      className="gap-legend"
      data-class-counts={NEED_ROWS.flatMap((need) =>
        SUPPLY_COLUMNS.map((supply) => counts.get(classKey({ need, supply })) ?? 0),
      ).join(',')}
    >
      <caption>
        Need × supply: thirds of the {total} wards
        {unclassified > 0 ? ` (${unclassified} without figures, white)` : ''}
      </caption>
      <thead>
        <tr>
          <td />
          {SUPPLY_COLUMNS.map((supply) => (
            <th key={supply} scope="col">
              {WORDS[supply]} supply
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {NEED_ROWS.map((need) => (
          <tr key={need}>
            <th scope="row">{WORDS[need]} need</th>
            {SUPPLY_COLUMNS.map((supply) => {
              const value = { need, supply }
              const count = counts.get(classKey(value)) ?? 0
              return (
                <td key={supply}>
                  <span
                    className="gap-legend__swatch"
                    style={{ background: bivariateColour(value) }}
                    aria-hidden="true"
                  />
                  <span className="gap-legend__count">{count}</span>
                  <span className="visually-hidden">
                    {` ${count === 1 ? 'ward' : 'wards'}: ${describeBivariateClass(value)}`}
                    {need === 3 && supply === 1 ? ', the most under-served' : ''}
                  </span>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
