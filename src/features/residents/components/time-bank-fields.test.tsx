// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TimeBankChoice } from '../../../core/residents/time-bank-choice'
import { EMPTY_DRAFT } from '../api/offer-draft'
import { OfferQuestion } from './offer-question'

afterEach(cleanup)

const bank = (name: string, coversWard: boolean): TimeBankChoice => ({
  bankId: `${name.toLowerCase()}-id`,
  name: `${name} Time Bank`,
  coversWard,
})

function renderTimeBankStep(banks: TimeBankChoice[]) {
  const onContinue = vi.fn()
  render(
    <OfferQuestion
      step="time-bank"
      draft={{ ...EMPTY_DRAFT, activities: ['time_bank'], postcode: 'ZZ1 2AA' }}
      giftTypes={[]}
      returnToCheck={false}
      navigate={vi.fn()}
      onContinue={onContinue}
      checkPostcode={async () => null}
      timeBanks={{ status: 'ready', value: { wardName: 'Hilltop', banks } }}
      mode="local"
    />,
  )
  return onContinue
}

const continueButton = () => screen.getByRole('button', { name: 'Continue' })

describe('the time bank question', () => {
  it('ticks the one bank covering the ward, and applies only once the resident agrees', async () => {
    const onContinue = renderTimeBankStep([bank('North', true)])
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('radio', { name: 'North Time Bank' }).checked).toBe(
        true,
      ),
    )
    expect(screen.getByText('North Time Bank covers Hilltop.')).toBeTruthy()
    await userEvent.click(continueButton())
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Tick the box to apply'),
    )
    expect(onContinue).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('checkbox', { name: /I apply to join the time bank/ }))
    await userEvent.click(continueButton())
    await waitFor(() =>
      expect(onContinue).toHaveBeenCalledWith(
        expect.objectContaining({
          timeBankId: 'north-id',
          timeBankName: 'North Time Bank',
          joinTimeBank: true,
        }),
      ),
    )
  })

  it('asks a resident of a ward two banks cover to choose, by keyboard', async () => {
    const onContinue = renderTimeBankStep([bank('Hill', true), bank('North', true)])
    expect(screen.getByText(/2 time banks cover Hilltop/)).toBeTruthy()
    for (const radio of screen.getAllByRole<HTMLInputElement>('radio')) {
      expect(radio.checked).toBe(false)
    }
    await userEvent.click(screen.getByRole('checkbox', { name: /I apply to join/ }))
    await userEvent.click(continueButton())
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Choose the time bank you would like to join',
      ),
    )
    screen.getByRole('radio', { name: 'Hill Time Bank' }).focus()
    await userEvent.keyboard(' ')
    await userEvent.click(continueButton())
    await waitFor(() =>
      expect(onContinue).toHaveBeenCalledWith(expect.objectContaining({ timeBankId: 'hill-id' })),
    )
  })

  it('says no bank covers the ward when it offers every bank of the programme', () => {
    renderTimeBankStep([bank('Hill', false), bank('North', false)])
    expect(screen.getByText(/No time bank covers Hilltop yet/)).toBeTruthy()
    expect(screen.getAllByRole('radio')).toHaveLength(2)
  })
})
