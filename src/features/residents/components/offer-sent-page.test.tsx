// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { OfferSentPage } from './offer-sent-page'

afterEach(cleanup)

const sent = { name: 'Amina', email: 'amina@example.test', code: 'K7M2-Q9XD' }

describe('the page after sending an offer', () => {
  it('in local mode promises no review and no email: the offer stays in this browser', () => {
    render(<OfferSentPage sent={sent} mode="local" linkSent={null} navigate={() => {}} />)
    const page = document.body.textContent ?? ''
    expect(page).toContain('Your offer is kept in this browser only')
    expect(page).not.toContain('A community builder will look at your offer')
    expect(page).not.toMatch(/We have sent/)
  })

  it('in connected mode says a builder will look at it and a link was emailed', () => {
    render(<OfferSentPage sent={sent} mode="connected" linkSent={true} navigate={() => {}} />)
    expect(screen.getByText(/A community builder will look at your offer/)).toBeTruthy()
    expect(screen.getByRole('status').textContent).toContain(
      'We have sent a link to amina@example.test',
    )
  })
})
