import { describe, expect, it } from 'vitest'
import { describeTimeBankStatus, timeBankQuestion } from './time-bank-choice'

const bank = (bankId: string, coversWard: boolean) => ({
  bankId,
  name: `${bankId} Time Bank`,
  coversWard,
})

describe('timeBankQuestion', () => {
  it('ticks the one bank covering the ward', () => {
    expect(timeBankQuestion([bank('North', true)], 'Riverside')).toEqual({
      preselected: 'North',
      hint: 'North Time Bank covers Riverside.',
    })
  })

  it('ticks nothing when two banks cover the ward, and says so', () => {
    const question = timeBankQuestion([bank('Hill', true), bank('North', true)], 'Hilltop')
    expect(question.preselected).toBeNull()
    expect(question.hint).toBe('2 time banks cover Hilltop: choose the one you would like to join.')
  })

  it('says that no bank covers the ward when it offers every bank', () => {
    const question = timeBankQuestion([bank('Hill', false), bank('North', false)], null)
    expect(question).toEqual({
      preselected: null,
      hint: 'No time bank covers your ward yet: choose the one you would like to join.',
    })
  })
})

describe('describeTimeBankStatus', () => {
  const date = (iso: string) => iso.slice(0, 10)
  it('says an application waits for a coordinator', () => {
    expect(
      describeTimeBankStatus({ status: 'applied', statusReason: null, joinedAt: null }, date),
    ).toBe('Waiting for a coordinator to welcome you')
  })
  it('gives the reason an application was not accepted', () => {
    expect(
      describeTimeBankStatus(
        { status: 'declined', statusReason: 'Outside our area', joinedAt: null },
        date,
      ),
    ).toBe('Not accepted: Outside our area')
  })
  it('says since when a member is active', () => {
    expect(
      describeTimeBankStatus(
        { status: 'active', statusReason: null, joinedAt: '2026-12-07T10:00:00Z' },
        date,
      ),
    ).toBe('Member since 2026-12-07')
  })
})
