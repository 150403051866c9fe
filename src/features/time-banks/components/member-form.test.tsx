// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { testAsset } from '../../../core/assets/test-asset'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { MemberForm } from './member-form'

afterEach(cleanup)

const BANK = '00000000-0000-4000-8000-00000000b001'
const hall = testAsset({ id: 'hall', name: 'Lexden Village Hall', kind: 'physical_space' })
const pending = testAsset({
  id: 'pending',
  name: 'Pending Club',
  kind: 'association',
  status: 'pending',
})

function renderForm() {
  const recordMember = vi.fn(() => Promise.resolve({}))
  const port = {
    residents: { listGiftTypes: () => Promise.resolve([]) },
    assets: { list: () => Promise.resolve([hall, pending]), subscribe: () => () => {} },
    timeBanks: { recordMember },
  } as unknown as DataPort
  render(
    <TestPortProvider port={port}>
      <MemberForm bankId={BANK} />
    </TestPortProvider>,
  )
  return recordMember
}

describe('MemberForm', () => {
  it('records an organisation by its approved asset of the map, with no postcode', async () => {
    const recordMember = renderForm()
    fireEvent.click(screen.getByRole('radio', { name: 'Organisation' }))
    expect(screen.queryByRole('textbox', { name: /Postcode/ })).toBeNull()
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Lexden Hall Committee' },
    })
    const place = screen.getByRole('combobox', { name: /Its place on the map/ })
    await waitFor(() => expect(document.querySelectorAll('datalist option')).toHaveLength(1))
    fireEvent.change(place, { target: { value: 'lexden village hall' } })
    fireEvent.click(screen.getByRole('button', { name: 'Record the member' }))
    await waitFor(() => expect(recordMember).toHaveBeenCalledTimes(1))
    expect(recordMember).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'organisation',
        displayName: 'Lexden Hall Committee',
        assetId: 'hall',
        postcode: null,
      }),
    )
  })

  it('refuses a place that is not an approved asset, saying why, and sends nothing', async () => {
    const recordMember = renderForm()
    fireEvent.click(screen.getByRole('radio', { name: 'Group' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Knitters' },
    })
    fireEvent.change(screen.getByRole('combobox', { name: /Its place on the map/ }), {
      target: { value: 'Pending Club' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Record the member' }))
    expect(
      await screen.findByText(
        'No approved asset of the map has that name: choose one from the list',
      ),
    ).toBeTruthy()
    expect(recordMember).not.toHaveBeenCalled()
  })
})
