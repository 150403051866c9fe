// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SharedResident } from '../../../core/residents/shared-resident'
import { TestPortProvider } from '../../../db/test-port-provider'
import type { DataPort } from '../../../db/port'
import { SharedResidentsPage } from './shared-residents-page'

afterEach(cleanup)
beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:test')
  URL.revokeObjectURL = vi.fn()
})

const asha: SharedResident = {
  residentId: 'r1',
  displayName: 'Asha',
  wardName: 'Moulsham and Central',
  authority: 'Chelmsford',
  postcodeSector: 'CM1 1',
  gifts: [{ kind: 'hands', giftType: 'gardening', label: 'Gardening', description: '' }],
  activities: ['regular'],
  availability: ['weekend'],
  availabilityNote: '',
  travel: 'up_to_3_km',
  contact: { email: 'asha@example.test', phone: null, preferred: 'email' },
  consent: { version: '2026-11-23', givenAt: '2026-11-23T10:00:00.000Z' },
}

function renderPage(residents: { listSharedWithPartners: () => Promise<SharedResident[]> }) {
  const calls: string[] = []
  const port = {
    residents,
    exports: {
      recordSharedResidents: async (n: number) => {
        calls.push(`recorded ${n}`)
      },
    },
  } as unknown as DataPort
  render(
    <TestPortProvider port={port}>
      <SharedResidentsPage />
    </TestPortProvider>,
  )
  return calls
}

describe('the partners’ page', () => {
  it('shows each shared resident with their offer and how to contact them, and records a download before it starts', async () => {
    const user = userEvent.setup()
    const calls = renderPage({ listSharedWithPartners: async () => [asha] })
    const card = await screen.findByRole('article', { name: 'Asha' })
    expect(within(card).getByText('CM1 1, Moulsham and Central, Chelmsford')).toBeTruthy()
    expect(within(card).getByText('asha@example.test')).toBeTruthy()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      calls.push('downloaded')
    })
    await user.click(screen.getByRole('button', { name: 'Download this resident (CSV)' }))
    await vi.waitFor(() => expect(calls).toEqual(['recorded 1', 'downloaded']))
    click.mockRestore()
  })

  it('shows the database’s refusal to someone who is not a partner', async () => {
    renderPage({
      listSharedWithPartners: async () => {
        throw new Error(
          "Only the programme's named partners can see the residents who agreed to share their offer with them.",
        )
      },
    })
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Only the programme's named partners/,
    )
  })
})
