// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { BivariateLegend } from './bivariate-legend'

afterEach(cleanup)

describe('BivariateLegend', () => {
  it('says each class in words with its number of wards, not by colour alone', () => {
    render(
      <BivariateLegend
        counts={
          new Map([
            ['3-1', 28],
            ['1-3', 1],
          ])
        }
        unclassified={2}
      />,
    )
    const table = screen.getByRole('table', { name: /Need × supply: thirds of the 31 wards/ })
    const highNeed = within(table).getByRole('row', { name: /^High need/ })
    expect(within(highNeed).getAllByRole('cell')[0]).toHaveProperty(
      'textContent',
      '28 wards: high need, low supply, the most under-served',
    )
    const lowNeed = within(table).getByRole('row', { name: /^Low need/ })
    expect(within(lowNeed).getAllByRole('cell')[2]).toHaveProperty(
      'textContent',
      '1 ward: low need, high supply',
    )
    expect(table.getAttribute('data-class-counts')).toBe('28,0,0,0,0,0,0,0,1')
  })
})
