// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { WardSummary } from '../../../core/region/ward-summary'
import { WardList } from './ward-list'

afterEach(cleanup)

function ward(wardCode: string, wardName: string, ladName: string): WardSummary {
  return {
    wardCode,
    wardName,
    ladCode: 'E07000000',
    ladName,
    population: 1000,
    imd2025Score: null,
    imd2025Rank: null,
    imd2025Tenth: null,
    imd2019Score: null,
    imd2019Rank: null,
  }
}

const wards = [
  ward('E05000001', 'Broomfield', 'Chelmsford'),
  ward('E05000002', 'Pier', 'Tendring'),
  ward('E05000003', 'Writtle', 'Chelmsford'),
]

function Harness({ initial = null }: { initial?: string | null }) {
  const [selected, setSelected] = useState<string | null>(initial)
  return <WardList wards={wards} selectedCode={selected} onSelect={setSelected} />
}

describe('WardList', () => {
  it('selects a ward with the arrow keys and Enter', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab() // search box
    await user.tab() // list
    await user.keyboard('{ArrowDown}{Enter}')
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Pier')
  })

  it('does not select while moving, so the map stays put until Enter', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab()
    await user.tab()
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(screen.queryByRole('option', { selected: true })).toBeNull()
  })

  it('narrows the list to wards or authorities matching the search', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.type(screen.getByLabelText('Search wards or authorities'), 'chelmsford')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'BroomfieldChelmsford',
      'WrittleChelmsford',
    ])
    expect(screen.getByText('2 of 3 wards')).toBeTruthy()
  })

  it('says so when nothing matches, showing the query as text', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.type(screen.getByLabelText('Search wards or authorities'), '<b>x</b>')
    expect(screen.getByText('No ward or authority matches “<b>x</b>”.')).toBeTruthy()
  })

  it('makes a ward selected elsewhere (on the map) the active option', () => {
    render(<Harness initial="E05000003" />)
    const list = screen.getByRole('listbox', { name: 'Wards' })
    const active = document.getElementById(list.getAttribute('aria-activedescendant') ?? '')
    expect(active?.textContent).toContain('Writtle')
  })
})
