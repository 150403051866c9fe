// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataError } from '../../../db/data-error'
import type { ResidentsPort } from '../../../db/residents-port'
import { EMPTY_DRAFT, type OfferDraft } from '../api/offer-draft'
import { CheckAnswersPage } from './check-answers-page'

afterEach(cleanup)

const script = '<script>window.hacked = true</script>'
const draft: OfferDraft = {
  ...EMPTY_DRAFT,
  displayName: 'أمينة 🌻 Amina',
  giftTypes: ['gardening'],
  ownWords: { head: '', hands: '', heart: script },
  activities: ['one_off'],
  availability: ['weekend'],
  travel: 'under_1_km',
  email: 'amina@example.test',
  postcode: 'cm1 1ae',
  consents: [],
}

function renderPage(port: Partial<ResidentsPort>, onSent = vi.fn()) {
  render(
    <CheckAnswersPage
      draft={draft}
      giftTypes={[{ code: 'gardening', kind: 'hands', label: 'Gardening' }]}
      submitOffer={(offer, honeypot) =>
        port.submitOffer ? port.submitOffer(offer, honeypot) : Promise.resolve({ code: null })
      }
      navigate={vi.fn()}
      onSent={onSent}
    />,
  )
  return onSent
}

describe('check your answers', () => {
  it('shows a script tag typed as a gift as the text it is, and runs nothing', () => {
    renderPage({})
    expect(screen.getByText(`Heart: ${script}`)).toBeTruthy()
    expect(document.querySelector('script')).toBeNull()
    expect((window as { hacked?: boolean }).hacked).toBeUndefined()
  })

  it('shows emoji and right-to-left text exactly as typed', () => {
    renderPage({})
    expect(screen.getByText('أمينة 🌻 Amina')).toBeTruthy()
  })

  it('has a Change link for each answer, named for what it changes', () => {
    renderPage({})
    expect(screen.getByRole('link', { name: /^Change\s*postcode$/ }).getAttribute('href')).toBe(
      '/offer/postcode?change=1',
    )
  })

  it('sends the offer with the postcode written the standard way and an empty honeypot', async () => {
    const submitOffer = vi.fn(async () => ({ code: 'K7M2-Q9XD' }))
    const onSent = renderPage({ submitOffer })
    await userEvent.click(screen.getByRole('button', { name: 'Send my offer' }))
    await waitFor(() =>
      expect(onSent).toHaveBeenCalledWith({
        name: 'أمينة 🌻 Amina',
        email: 'amina@example.test',
        code: 'K7M2-Q9XD',
      }),
    )
    expect(submitOffer).toHaveBeenCalledWith(
      expect.objectContaining({
        postcode: 'CM1 1AE',
        consents: [],
        gifts: [
          { kind: 'hands', giftType: 'gardening', description: '' },
          { kind: 'heart', giftType: null, description: script },
        ],
      }),
      '',
    )
  })

  it("shows the database's refusal and keeps the answers", async () => {
    const submitOffer = vi.fn(async () => {
      throw new DataError(
        'Too many offers have come from this connection in the last hour. Please try again later.',
        'P0429',
      )
    })
    const onSent = renderPage({ submitOffer })
    await userEvent.click(screen.getByRole('button', { name: 'Send my offer' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Too many offers'))
    expect(onSent).not.toHaveBeenCalled()
    expect(screen.getByText('أمينة 🌻 Amina')).toBeTruthy()
  })
})
