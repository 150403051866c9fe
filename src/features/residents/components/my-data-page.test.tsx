// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { HeldOffer, MyResidentData } from '../../../core/residents/resident-offer'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { MyDataPage } from './my-data-page'

afterEach(cleanup)

const offer: HeldOffer = {
  residentId: 'r1',
  displayName: 'Amina',
  status: 'pending',
  statusReason: null,
  createdAt: '2026-12-01T10:00:00Z',
  confirmedAt: null,
  recordedOnBehalf: false,
  area: { postcodeSector: 'CM1 1', wardName: 'Moulsham Lodge', authority: 'Chelmsford' },
  home: { postcode: 'CM1 1AE', lngLat: [0.47, 51.73] },
  contact: { email: 'amina@example.test', phone: null, preferredContact: 'email' },
  gifts: [{ kind: 'hands', giftType: 'gardening', description: '', label: 'Gardening' }],
  preferences: {
    activities: ['one_off'],
    availability: ['weekend'],
    availabilityNote: '',
    travel: 'up_to_3_km',
  },
  consents: [
    {
      purpose: 'counted_on_map',
      wordingVersion: '2026-11-23',
      wording: 'I may be counted',
      givenAt: '2026-12-01T10:00:00Z',
      givenHow: 'online',
      withdrawnAt: null,
    },
  ],
  connections: [],
  history: [],
}

const held = (offers: HeldOffer[]): MyResidentData => ({
  generatedAt: '2026-12-08T10:00:00Z',
  offers,
  timeBanks: [],
})

/**
 * A signed-in resident's port whose first read answers and whose later reads never do, so that
 * whatever the page shows after a change comes from the change's own answer, not a second read.
 */
function slowToReadAgain() {
  let reads = 0
  const port = {
    mode: 'local',
    residents: {
      listGiftTypes: async () => [{ code: 'gardening', kind: 'hands', label: 'Gardening' }],
      getMyData: () => (reads++ === 0 ? Promise.resolve(held([offer])) : new Promise(() => {})),
      updateMyOffer: async (): Promise<HeldOffer> => ({
        ...offer,
        consents: [{ ...offer.consents[0]!, withdrawnAt: '2026-12-08T10:05:00Z' }],
      }),
      eraseMyData: async () => 1,
      signOut: async () => {},
    },
  } as unknown as DataPort
  render(
    <TestPortProvider port={port}>
      <MyDataPage navigate={() => {}} />
    </TestPortProvider>,
  )
}

const agreedTo = () =>
  screen.getByText('What you agreed to').closest('.summary-list__row') as HTMLElement

describe('"Your data"', () => {
  it('shows a withdrawn consent as withdrawn as soon as the change is saved', async () => {
    const user = userEvent.setup()
    slowToReadAgain()
    await user.click(await screen.findByRole('button', { name: 'Change your answers' }))
    await user.click(screen.getByRole('checkbox', { name: /counted, with others/ }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      await within(await screen.findByRole('region', { name: 'Your offer as Amina' })).findByText(
        /^Counted on the public map.*: withdrawn on /,
      ),
    ).toBeTruthy()
    expect(within(agreedTo()).queryByText(/^Counted on the public map.*: agreed/)).toBeNull()
  })

  it('shows none of the erased data, even while it reads again', async () => {
    const user = userEvent.setup()
    slowToReadAgain()
    await user.click(await screen.findByRole('button', { name: 'Erase all your data' }))
    await user.click(screen.getByRole('button', { name: 'Yes, erase everything' }))
    await screen.findByText('Your data has been erased')
    expect(screen.queryByText('Amina')).toBeNull()
    expect(screen.queryByText('CM1 1AE')).toBeNull()
  })

  it('asks "How to contact you" on the resident’s own Change form, not "them"', async () => {
    const user = userEvent.setup()
    slowToReadAgain()
    await user.click(await screen.findByRole('button', { name: 'Change your answers' }))
    expect(screen.getByRole('heading', { name: 'How to contact you' })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'How to contact them' })).toBeNull()
  })
})
