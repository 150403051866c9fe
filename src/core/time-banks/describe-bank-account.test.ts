import { describe, expect, it } from 'vitest'
import type { Account } from './time-bank'
import { describeBankAccount } from './describe-bank-account'

const account = (kind: Account['kind'], balanceMinutes: number): Account => ({
  accountId: 'a',
  bankId: 'b',
  bankName: 'Colchester Time Bank',
  kind,
  memberId: null,
  partnerBankId: kind === 'clearing' ? 'tendring' : null,
  holder: kind === 'pot' ? 'Community pot' : 'Clearing with Tendring Time Bank',
  balanceMinutes,
  softLimitMinutes: null,
  hardLimitMinutes: null,
})

describe('describeBankAccount', () => {
  it("says a clearing account's balance as the bank's position with its partner", () => {
    expect(describeBankAccount(account('clearing', 90), 'Tendring Time Bank')).toBe(
      'Members of Colchester Time Bank have received 1 h 30 min more from members of Tendring Time Bank than they gave.',
    )
    expect(describeBankAccount(account('clearing', -45), 'Tendring Time Bank')).toBe(
      'Members of Colchester Time Bank have given 45 min more to members of Tendring Time Bank than they received.',
    )
    expect(describeBankAccount(account('clearing', 0), 'Tendring Time Bank')).toBe(
      'Even: members of Colchester Time Bank have given members of Tendring Time Bank as much time as they received.',
    )
  })

  it('says what the community pot holds', () => {
    expect(describeBankAccount(account('pot', 120), null)).toBe(
      '2 h donated and not yet given on to members.',
    )
  })
})
