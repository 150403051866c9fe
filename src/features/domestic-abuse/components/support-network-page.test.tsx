// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { describeSupportNetwork } from '../../../core/domestic-abuse/describe-support-network'
import type { DirectoryService } from '../../../core/partners/partner'
import { SupportNetworkPage, type SupportPage } from './support-network-page'

afterEach(cleanup)

const outreach: DirectoryService = {
  schemeId: 's1',
  organisationId: 'o1',
  organisationName: 'Safe Essex',
  organisationSector: 'voluntary',
  kind: 'service',
  name: 'Outreach and refuge',
  description: null,
  themes: ['domestic_abuse'],
  audiences: ['everyone'],
  access: 'open',
  howToAccess: 'Call or drop in; we can meet you somewhere safe.',
  contactName: null,
  contactEmail: 'help@safe-essex.example',
  contactPhone: '01245 000 000',
  url: 'https://safe-essex.example',
  schedules: [],
  areaCodes: ['E07000070'],
  wardCodes: [],
  venues: [
    {
      assetId: null,
      name: 'Haven',
      lng: null,
      lat: null,
      wardCode: null,
      sensitive: true,
      frontDoorContact: 'Call 0800 000 0000 and ask for Haven',
      publicName: null,
    },
  ],
  updatedAt: '2026-12-08T10:00:00Z',
  canEdit: false,
}

function renderPage(page: SupportPage, replaceWith = vi.fn()) {
  render(
    <SupportNetworkPage
      page={page}
      network={{ status: 'ready', value: describeSupportNetwork([outreach]) }}
      counts={{ status: 'ready', value: [] }}
      mapBase={null}
      replaceWith={replaceWith}
    />,
  )
  return replaceWith
}

describe('SupportNetworkPage', () => {
  it('says how to get help from a service and how to reach its refuge, never where it is', () => {
    renderPage('help')
    const services = screen.getByRole('region', { name: 'Support services' })
    expect(within(services).getByText(/Call or drop in/)).toBeTruthy()
    expect(within(services).getByRole('link', { name: '01245 000 000' })).toHaveProperty(
      'href',
      'tel:01245000000',
    )
    const refuges = screen.getByRole('region', { name: 'Refuges' })
    expect(within(refuges).getByText('Contact: Call 0800 000 0000 and ask for Haven')).toBeTruthy()
  })

  it('always shows the emergency numbers, even while the directory is loading', () => {
    render(
      <SupportNetworkPage
        page="help"
        network={{ status: 'loading' }}
        counts={{ status: 'loading' }}
        mapBase={null}
        replaceWith={() => {}}
      />,
    )
    expect(screen.getByText('999')).toBeTruthy()
    expect(screen.getByRole('link', { name: '0808 2000 247' })).toBeTruthy()
  })

  it('moves between its pages in place of the history entry', async () => {
    const replaceWith = renderPage('help')
    await userEvent.click(screen.getByRole('link', { name: 'Safe spaces' }))
    expect(replaceWith).toHaveBeenCalledWith('/support/safe-spaces')
  })
})
