// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Exchange } from '../../../core/time-banks/time-bank'
import { DataError } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { ExchangeList } from './exchange-list'

afterEach(cleanup)

const pending: Exchange = {
  exchangeId: '00000000-0000-4000-8000-000000000001',
  bankId: '00000000-0000-4000-8000-00000000b001',
  kind: 'exchange',
  status: 'pending',
  minutes: 90,
  legs: [{ giver: 'Bob', receiver: 'Alice', minutes: 90 }],
  description: 'Weeding',
  giftType: null,
  giftLabel: null,
  occurredOn: '2026-12-01',
  recordedAt: '2026-12-01T10:00:00.000Z',
  recordedByMe: false,
  awaitingMe: true,
  statusReason: null,
  warnings: [],
  reversesExchangeId: null,
}

const withPort = (confirmExchange: () => Promise<unknown>) =>
  render(
    <TestPortProvider port={{ timeBanks: { confirmExchange } } as unknown as DataPort}>
      <ExchangeList exchanges={[pending]} coordinator={false} />
    </TestPortProvider>,
  )

describe('ExchangeList', () => {
  it('lets the receiver confirm an exchange awaiting them, saying so while it is confirmed', async () => {
    let finish = () => {}
    const confirm = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    withPort(confirm)
    fireEvent.click(screen.getByRole('button', { name: 'Confirm Bob gave Alice 1 h 30 min' }))
    const busy = await screen.findByRole('button', { name: 'Confirm Bob gave Alice 1 h 30 min' })
    expect([busy.textContent, (busy as HTMLButtonElement).disabled]).toEqual(['Confirming…', true])
    finish()
    expect(confirm).toHaveBeenCalledWith(pending.exchangeId)
  })

  it("shows the database's refusal in words", async () => {
    withPort(() => Promise.reject(new DataError('This exchange is no longer waiting for you.')))
    fireEvent.click(screen.getByRole('button', { name: 'Confirm Bob gave Alice 1 h 30 min' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This exchange is no longer waiting for you.',
    )
  })

  it('offers no confirmation to the one who recorded it', () => {
    render(
      <TestPortProvider port={{} as DataPort}>
        <ExchangeList
          exchanges={[{ ...pending, awaitingMe: false, recordedByMe: true }]}
          coordinator={false}
        />
      </TestPortProvider>,
    )
    expect(screen.queryByRole('button', { name: /^Confirm/ })).toBeNull()
    expect(screen.getByRole('button', { name: /^Cancel/ })).toBeTruthy()
  })
})
