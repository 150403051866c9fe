// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AssetsMapKey } from './assets-map-key'

afterEach(cleanup)

describe('the map key', () => {
  it('names each kind on the map once, its mark and colour hidden from screen readers', () => {
    render(<AssetsMapKey />)
    const kinds = within(screen.getByRole('list', { name: 'Kinds of asset on the map' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(kinds).toEqual([
      'Associations and groups',
      'Institutions',
      'Physical spaces',
      'Local economy',
      'Culture and heritage',
    ])
    // Each with the letter its pins carry, drawn beside the name but not read out a second time.
    const swatches = [...document.querySelectorAll('.kind-swatch')]
    expect(swatches.map((swatch) => swatch.getAttribute('data-mark'))).toEqual([
      'A',
      'I',
      'S',
      'E',
      'C',
    ])
    for (const swatch of swatches) expect(swatch.getAttribute('aria-hidden')).toBe('true')
    expect(
      screen.getByText(/People's gifts and skills: counts per ward only, never pins/),
    ).toBeTruthy()
  })
})
