// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { TimeBankSettings } from '../../../core/time-banks/time-bank-report'
import { DataError } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { TimeBankReportsScreen } from './time-bank-reports-screen'

afterEach(cleanup)

const colchester: TimeBankSettings = {
  bankId: 'b1',
  name: 'Colchester Time Bank',
  softLimitMinutes: -600,
  hardLimitMinutes: -1200,
  allowsOtherBanks: false,
  hourlyValuePence: 1271,
  hourlyValueBasis: 'National Living Wage from April 2026 (£12.71 an hour)',
  areaCodes: ['E07000071'],
}

function fakePort(options: { refuseReports?: boolean } = {}) {
  const saved: TimeBankSettings[] = []
  let banks = [colchester]
  const port = {
    timeBankReports: {
      listBanks: async () => banks,
      coordinatedBankIds: async () => ['b1'],
      monthlyReport: async () => {
        if (options.refuseReports) {
          throw new DataError('Only the bank’s coordinators read its reports.', '42501')
        }
        return [
          { month: '2026-11-01', exchanges: 3, minutes: 240, activeMembers: 5, newMembers: 2 },
          { month: '2026-12-01', exchanges: 2, minutes: 360, activeMembers: 4, newMembers: 1 },
        ]
      },
      exchangesByWardAndSkill: async () => [
        {
          wardCode: 'E05004093',
          wardName: 'Castle',
          giftType: 'gardening',
          giftLabel: 'Gardening',
          exchanges: 4,
          minutes: 480,
        },
      ],
      saveBank: async (settings: TimeBankSettings) => {
        saved.push(settings)
        const bank = { ...settings, bankId: settings.bankId ?? 'b9' }
        banks = [...banks.filter((b) => b.bankId !== bank.bankId), bank]
        return bank
      },
    },
  } as unknown as DataPort
  return { port, saved }
}

function show(port: DataPort, can = { canReport: true, canManage: false }) {
  render(
    <TestPortProvider port={port}>
      <TimeBankReportsScreen {...can} today="2026-12-07" />
    </TestPortProvider>,
  )
}

describe('the time bank reports', () => {
  it('gives the coordinator the year’s hours, the months as a table and the wards and skills', async () => {
    show(fakePort().port)
    expect(await screen.findByTestId('report-hours')).toHaveProperty('textContent', '10')
    const months = screen.getByRole('table', { name: 'Month by month' })
    expect(within(months).getAllByRole('row')).toHaveLength(13)
    expect(within(months).getByRole('row', { name: /Dec 2026 2 6 4 1/ })).toBeTruthy()
    expect(screen.getByRole('img', { name: /Hours exchanged per month/ })).toBeTruthy()
    const wards = await screen.findByRole('table', { name: 'Exchanges by ward and skill' })
    expect(within(wards).getByRole('row', { name: 'Castle Gardening 4 8' })).toBeTruthy()
  })

  it('values the hours at the bank’s hourly value with its basis, and labels the NEF estimate', async () => {
    show(fakePort().port)
    expect((await screen.findByTestId('social-value')).textContent).toBe('£127.10')
    expect(screen.getByText(/Basis: National Living Wage from April 2026/)).toBeTruthy()
    await userEvent.type(screen.getByLabelText('Investment in the bank (£)'), '10000')
    const estimate = screen.getByText(/^Estimate:/).closest('p')!
    expect(estimate.textContent).toMatch(/£30,000 of social value from £10,000 invested/)
    expect(estimate.textContent).toMatch(/New Economics Foundation/)
  })

  it('says why when the database refuses the report', async () => {
    show(fakePort({ refuseReports: true }).port)
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Only the bank’s coordinators read its reports/,
    )
  })
})

describe('the bank settings', () => {
  it('saves an administrator’s limits in hours owed as negative minutes, by keyboard', async () => {
    const { port, saved } = fakePort()
    show(port, { canReport: false, canManage: true })
    const warn = await screen.findByLabelText(/Warn when a balance owes more than/)
    await userEvent.clear(warn)
    await userEvent.type(warn, '5')
    await userEvent.type(screen.getByLabelText('Areas covered'), ' E05004093')
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save the settings' }))
    await userEvent.keyboard('{Enter}')
    expect(await screen.findByText('Saved Colchester Time Bank.')).toBeTruthy()
    expect(saved[0]).toMatchObject({
      bankId: 'b1',
      softLimitMinutes: -300,
      hardLimitMinutes: -1200,
      areaCodes: ['E07000071', 'E05004093'],
    })
  })

  it('refuses a refusal limit before the warning without sending it', async () => {
    const { port, saved } = fakePort()
    show(port, { canReport: false, canManage: true })
    const refuse = await screen.findByLabelText(/Refuse when a balance would owe more than/)
    await userEvent.clear(refuse)
    await userEvent.type(refuse, '2')
    await userEvent.click(screen.getByRole('button', { name: 'Save the settings' }))
    expect(await screen.findByText(/Refuse at the warning or later/)).toBeTruthy()
    expect(saved).toEqual([])
  })
})
