// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WardGapResult } from '../worker/gap-analysis-result'
import { GapRankingTable } from './gap-ranking-table'

afterEach(cleanup)

function ward(
  code: string,
  name: string,
  need: number,
  supply: number,
  rank: number,
): WardGapResult {
  return {
    code,
    name,
    population: 5000,
    need,
    supply,
    gap: need - supply,
    rank,
    reason: `${name}: reason in words`,
    needTercile: null,
    supplyTercile: null,
    byKind: {},
    timeBank: null,
    partnerSchemes: null,
    indicators: {},
  }
}

const wards = [
  ward('E05000001', 'Pier', 80, 10, 1),
  ward('E05000002', 'Writtle', 95, 60, 2),
  ward('E05000003', 'Broomfield', 20, 50, 3),
]
const authorities = new Map([['E05000001', 'Tendring']])

function names() {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!.textContent)
}

describe('GapRankingTable', () => {
  it('sorts by need from the keyboard, most need first, and says how it is sorted', async () => {
    const user = userEvent.setup()
    render(
      <GapRankingTable
        wards={wards}
        regionName="Essex"
        authorities={authorities}
        selectedCode={null}
        onSelect={() => {}}
        onOpenProfile={() => {}}
      />,
    )
    expect(names()).toEqual(['Pier', 'Writtle', 'Broomfield'])
    screen.getByRole('button', { name: 'Need' }).focus()
    await user.keyboard('{Enter}')
    expect(names()).toEqual(['Writtle', 'Pier', 'Broomfield'])
    expect(screen.getByRole('columnheader', { name: /Need/ }).getAttribute('aria-sort')).toBe(
      'descending',
    )
    await user.keyboard('{Enter}')
    expect(names()).toEqual(['Broomfield', 'Pier', 'Writtle'])
  })

  it("opens a ward's profile, and shows a ward on the map by its name", async () => {
    const user = userEvent.setup()
    const onOpenProfile = vi.fn()
    const onSelect = vi.fn()
    render(
      <GapRankingTable
        wards={wards}
        regionName="Essex"
        authorities={authorities}
        selectedCode={null}
        onSelect={onSelect}
        onOpenProfile={onOpenProfile}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Profile of Writtle' }))
    await user.click(screen.getByRole('button', { name: 'Show Pier on the map' }))
    expect(onOpenProfile).toHaveBeenCalledWith('E05000002')
    expect(onSelect).toHaveBeenCalledWith('E05000001')
  })
})
