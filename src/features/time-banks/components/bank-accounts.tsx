import type { Account } from '../../../core/time-banks/time-bank'
import { describeBankAccount } from '../../../core/time-banks/describe-bank-account'
import { formatSignedMinutes } from '../../../core/time-banks/format-minutes'
import { useBanks } from '../api/time-bank-queries'

/**
 * The bank's own accounts for its coordinators: the community pot, and one clearing account per
 * partner bank, whose balance is this bank's position with that partner.
 */
export function BankAccounts({ accounts }: { accounts: readonly Account[] }) {
  const banks = useBanks()
  const own = accounts.filter((account) => account.kind !== 'member')
  const nameOf = (bankId: string | null) =>
    (banks.status === 'ready' ? banks.value.find((bank) => bank.bankId === bankId)?.name : null) ??
    null
  return (
    <ul className="tb-list" aria-label="The bank's own accounts">
      {own.map((account) => (
        <li key={account.accountId} className="tb-list__item">
          <p>
            <strong>{account.holder}</strong>: {formatSignedMinutes(account.balanceMinutes)}
          </p>
          <p className="muted">{describeBankAccount(account, nameOf(account.partnerBankId))}</p>
        </li>
      ))}
    </ul>
  )
}
