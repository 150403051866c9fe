import type { Account } from './time-bank'
import { formatMinutes } from './format-minutes'

/**
 * What one of a bank's own accounts (the community pot, or its clearing account with a partner
 * bank) holds, in words. A clearing account is credited when this bank's members receive time
 * from the partner's members and debited when they give it, so its balance is the bank's position
 * with that partner; the partner's clearing account holds the same with the opposite sign.
 *
 * @param account - an account of kind `pot` or `clearing`
 * @param partnerName - the partner bank's name (clearing accounts)
 * @returns e.g. "Members of Colchester Time Bank have received 1 h 30 min more from members of
 *   Tendring Time Bank than they gave."
 */
export function describeBankAccount(account: Account, partnerName: string | null): string {
  const amount = formatMinutes(Math.abs(account.balanceMinutes))
  if (account.kind === 'pot') {
    return `${amount} donated and not yet given on to members.`
  }
  const partner = `members of ${partnerName ?? 'the partner bank'}`
  if (account.balanceMinutes === 0) {
    return `Even: members of ${account.bankName} have given ${partner} as much time as they received.`
  }
  return account.balanceMinutes > 0
    ? `Members of ${account.bankName} have received ${amount} more from ${partner} than they gave.`
    : `Members of ${account.bankName} have given ${amount} more to ${partner} than they received.`
}
