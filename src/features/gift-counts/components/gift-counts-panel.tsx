import type { AuthorityFigures } from '../../../core/residents/summarise-area-counts'
import type { AreaCountsState } from '../api/use-area-counts'
import { GiftCountsLegend } from './gift-counts-legend'

export interface GiftCountsPanelProps {
  counts: AreaCountsState
  authorities: readonly AuthorityFigures[]
  /** Where the "Offer your gifts" form is. */
  offerHref: string
}

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`)

/**
 * The gifts map as a table, for everyone: each authority's total with its wards that have a figure
 * of their own, and the people in its other wards together, with why those wards show no figure.
 */
export function GiftCountsPanel({ counts, authorities, offerHref }: GiftCountsPanelProps) {
  return (
    <section className="gift-counts-panel" aria-labelledby="gift-counts-heading">
      <h2 id="gift-counts-heading" className="gift-counts-panel__heading">
        People offering their gifts
      </h2>
      <p>
        Residents who offered their gifts and skills and agreed to be counted, per ward. Nobody is
        shown as a point. A ward with fewer than 5 people has no figure of its own, so that nobody
        can be singled out: its people are counted only in their authority's total. Sometimes one
        more ward is held back too, so that a small figure cannot be worked out by subtraction. An
        authority with fewer than 5 people has no figure either.
      </p>
      {counts.status === 'failed' ? (
        <p role="alert">The counts could not be loaded: {counts.message}</p>
      ) : counts.status !== 'ready' ? (
        <p role="status">Loading the counts…</p>
      ) : authorities.length === 0 ? (
        <p role="status" className="gift-counts-panel__empty">
          No authority has 5 people counted yet. <a href={offerHref}>Offer your gifts</a> and be
          counted.
        </p>
      ) : (
        <>
          <GiftCountsLegend />
          <table className="gift-counts-table">
            <caption>People offering gifts, by authority and ward</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">People offering gifts</th>
              </tr>
            </thead>
            {authorities.map((authority) => (
              <tbody key={authority.code} data-authority={authority.name}>
                <tr className="gift-counts-table__authority">
                  <th scope="row">{authority.name} (whole authority)</th>
                  <td>{authority.people}</td>
                </tr>
                {authority.wards.map((ward) => (
                  <tr key={ward.code}>
                    <th scope="row" className="gift-counts-table__ward">
                      {ward.name}
                    </th>
                    <td>{ward.people}</td>
                  </tr>
                ))}
                {authority.peopleInOtherWards > 0 ? (
                  <tr>
                    <th scope="row" className="gift-counts-table__ward">
                      {authority.wards.length > 0 ? 'Its other wards' : 'Its wards'}
                    </th>
                    <td>
                      No figure per ward: {people(authority.peopleInOtherWards)} together, counted
                      in the total
                    </td>
                  </tr>
                ) : null}
              </tbody>
            ))}
          </table>
        </>
      )}
    </section>
  )
}
