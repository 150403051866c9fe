// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AreaCount } from '../../../core/residents/resident-offer'
import { summariseAreaCounts } from '../../../core/residents/summarise-area-counts'
import { GiftCountsPanel } from './gift-counts-panel'

afterEach(cleanup)

const count = (
  kind: AreaCount['kind'],
  name: string,
  authorityName: string,
  people: number,
): AreaCount => ({ kind, code: name, name, authorityCode: authorityName, authorityName, people })

function renderCounts(counts: AreaCount[]) {
  render(
    <GiftCountsPanel
      counts={{ status: 'ready', counts }}
      authorities={summariseAreaCounts(counts)}
      offerHref="/offer"
    />,
  )
}

describe('GiftCountsPanel', () => {
  it("shows each ward's figure and each authority's total, with the people of wards without a figure together", () => {
    renderCounts([
      count('ward', 'Waterhouse Farm', 'Chelmsford', 5),
      count('authority', 'Chelmsford', 'Chelmsford', 11),
      count('authority', 'Maldon', 'Maldon', 2),
    ])
    const table = screen.getByRole('table', { name: /by authority and ward/ })
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent)
    expect(rows).toEqual([
      'AreaPeople offering gifts',
      'Chelmsford (whole authority)11',
      'Waterhouse Farm5',
      'Its other wardsNo figure per ward: 6 people together, counted in the total',
      'Maldon (whole authority)2',
      'Its wardsNo figure per ward: 2 people together, counted in the total',
    ])
    expect(screen.getByText(/fewer than 5 people has no figure of its own/)).toBeTruthy()
  })

  it('says no authority has 5 people counted yet, and where to offer, when there are no counts', () => {
    renderCounts([])
    expect(screen.getByRole('status').textContent).toMatch(/No authority has 5 people counted yet/)
    expect(screen.getByRole('link', { name: 'Offer your gifts' }).getAttribute('href')).toBe(
      '/offer',
    )
    expect(screen.queryByRole('table')).toBeNull()
  })
})
