/** A time bank a resident may apply to, as time_banks_for_ward() names it. */
export interface TimeBankChoice {
  bankId: string
  name: string
  /** Whether the bank covers the resident's ward (false: none does, so every bank is offered). */
  coversWard: boolean
}

/** What the offer form asks about the banks for a ward, and which one it ticks for the resident. */
export interface TimeBankQuestion {
  /** The bank ticked to start with: the one covering the ward, when only one does. */
  preselected: string | null
  /** The hint under the question, saying why they choose (or that the choice is made for them). */
  hint: string
}

/**
 * How to ask which time bank a resident would like to join: one bank covers their ward (ticked
 * for them), two or more (they choose), or none (they choose among the programme's banks, told
 * that none covers their ward yet).
 *
 * @param banks the banks time_banks_for_ward() gave for the resident's ward
 * @param wardName the ward's name, or null when not known
 * @returns the bank to tick first and the hint to show
 * @example timeBankQuestion([{ bankId: 'b1', name: 'Colchester Time Bank', coversWard: true }], 'Castle')
 *   // { preselected: 'b1', hint: 'Colchester Time Bank covers Castle.' }
 */
export function timeBankQuestion(
  banks: readonly TimeBankChoice[],
  wardName: string | null,
): TimeBankQuestion {
  const ward = wardName ?? 'your ward'
  const covering = banks.filter((bank) => bank.coversWard)
  if (covering.length === 1) {
    return { preselected: covering[0]!.bankId, hint: `${covering[0]!.name} covers ${ward}.` }
  }
  if (covering.length > 1) {
    return {
      preselected: null,
      hint: `${covering.length} time banks cover ${ward}: choose the one you would like to join.`,
    }
  }
  return {
    preselected: null,
    hint: `No time bank covers ${ward} yet: choose the one you would like to join.`,
  }
}

/** A resident's application to a time bank, or their membership, as "Your data" shows it. */
export interface TimeBankApplication {
  memberId: string
  bankName: string
  status: 'applied' | 'active' | 'declined' | 'left'
  statusReason: string | null
  appliedAt: string
  joinedAt: string | null
}

/**
 * An application's status in words.
 *
 * @param application the application as my_resident_data() gives it
 * @param formatDate how dates are shown (e.g. "7 December 2026")
 */
export function describeTimeBankStatus(
  application: Pick<TimeBankApplication, 'status' | 'statusReason' | 'joinedAt'>,
  formatDate: (iso: string) => string,
): string {
  switch (application.status) {
    case 'applied':
      return 'Waiting for a coordinator to welcome you'
    case 'active':
      return application.joinedAt ? `Member since ${formatDate(application.joinedAt)}` : 'Member'
    case 'declined':
      return application.statusReason ? `Not accepted: ${application.statusReason}` : 'Not accepted'
    case 'left':
      return 'Left the time bank'
  }
}
