// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EMPTY_DRAFT, type OfferDraft } from '../api/offer-draft'
import type { OfferStep } from '../api/offer-steps'
import { OfferQuestion } from './offer-question'

afterEach(cleanup)

function renderStep(
  step: OfferStep,
  draft: Partial<OfferDraft> = {},
  checkPostcode = async () => null as string | null,
  mode: 'local' | 'connected' = 'local',
) {
  const onContinue = vi.fn()
  const navigate = vi.fn()
  render(
    <OfferQuestion
      step={step}
      draft={{ ...EMPTY_DRAFT, ...draft }}
      giftTypes={[{ code: 'gardening', kind: 'hands', label: 'Gardening' }]}
      returnToCheck={false}
      navigate={navigate}
      onContinue={onContinue}
      checkPostcode={checkPostcode}
      timeBanks={{ status: 'loading' }}
      mode={mode}
    />,
  )
  return { onContinue, navigate }
}

const summary = () => screen.getByRole('alert')

/** The text of the elements that describe `element` (aria-describedby). */
const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

describe('a question page', () => {
  it('says what is missing in a focused summary and beside the field, and does not go on', async () => {
    const { onContinue } = renderStep('contact')
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(document.activeElement).toBe(summary()))
    expect(summary().textContent).toContain('Enter your email address')
    expect(describedText(screen.getByLabelText('Email address'))).toContain(
      'Error: Enter your email address',
    )
    expect(onContinue).not.toHaveBeenCalled()
  })

  it('refuses a 10,000-character name, saying how long it may be', async () => {
    renderStep('name', { displayName: 'x'.repeat(10_000) })
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() =>
      expect(summary().textContent).toContain('Your name must be 80 characters or fewer'),
    )
  })

  it('accepts a name of emoji and Arabic letters counted as people count them', async () => {
    const name = 'أمينة 🌻'.repeat(10)
    const { onContinue } = renderStep('name', { displayName: name })
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() =>
      expect(onContinue).toHaveBeenCalledWith(expect.objectContaining({ displayName: name })),
    )
  })

  it('refuses a malformed postcode without asking the database', async () => {
    const checkPostcode = vi.fn(async () => null)
    renderStep('postcode', { postcode: 'CM1' }, checkPostcode)
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() =>
      expect(summary().textContent).toContain('Enter a full postcode, like CM1 1AA'),
    )
    expect(checkPostcode).not.toHaveBeenCalled()
  })

  it('calls ZZ9 9ZZ not a postcode, rather than a postcode outside the region', async () => {
    const checkPostcode = vi.fn(async () => 'The postcode ZZ9 9ZZ is not in Essex')
    renderStep('postcode', { postcode: 'ZZ9 9ZZ' }, checkPostcode)
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(summary().textContent).toContain('That is not a postcode'))
    expect(checkPostcode).not.toHaveBeenCalled()
  })

  it('keeps the postcode tidied, as a postcode is written', async () => {
    const { onContinue } = renderStep('postcode', { postcode: ' co1  1xd' })
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() =>
      expect(onContinue).toHaveBeenCalledWith(expect.objectContaining({ postcode: 'CO1 1XD' })),
    )
  })

  it('promises no email in local mode: the email and the code work on this device', () => {
    renderStep('contact', {}, undefined, 'local')
    const hint = describedText(screen.getByLabelText('Email address'))
    expect(hint).toContain('Nothing is emailed')
    expect(hint).not.toContain('We send a link')
  })

  it('says the link is emailed in connected mode', () => {
    renderStep('contact', {}, undefined, 'connected')
    expect(describedText(screen.getByLabelText('Email address'))).toContain(
      'We send a link to it to confirm your offer',
    )
  })

  it('refuses a postcode outside the region, as the database says', async () => {
    renderStep(
      'postcode',
      { postcode: 'SW1A 1AA' },
      async () => 'The postcode SW1A 1AA is not in Essex, the area this programme covers',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(summary().textContent).toContain('is not in Essex'))
    expect(screen.getByLabelText('What is your postcode?').getAttribute('aria-invalid')).toBe(
      'true',
    )
  })

  it('asks for a gift when none is ticked or described', async () => {
    renderStep('gifts')
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() =>
      expect(summary().textContent).toContain(
        'Choose a gift from the lists, or describe one in your own words',
      ),
    )
  })

  it('ticks nothing on the consent page until the resident does', () => {
    renderStep('consent')
    for (const box of screen.getAllByRole<HTMLInputElement>('checkbox'))
      expect(box.checked).toBe(false)
  })
})
