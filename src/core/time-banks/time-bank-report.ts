// Shapes of a time bank's reports and settings (docs/time-banks.md). Time is integer minutes,
// money integer pence; a month is the `YYYY-MM-01` of its first day.

/** One month of a bank's activity (time_bank_monthly_report). */
export interface MonthlyActivity {
  /** `YYYY-MM-01`. */
  month: string
  /** Exchanges confirmed in the month. */
  exchanges: number
  /** Minutes exchanged in the month. */
  minutes: number
  /** Members who gave, received or posted in the month. */
  activeMembers: number
  /** Members who joined in the month. */
  newMembers: number
}

/** Exchanges in one ward and skill over a period (time_bank_exchanges_by_ward_and_skill). */
export interface WardSkillExchanges {
  /** Null when the exchange's ward is not known. */
  wardCode: string | null
  wardName: string | null
  /** Null when the exchange named no skill. */
  giftType: string | null
  giftLabel: string | null
  exchanges: number
  minutes: number
}

/** A bank's settings as administrators set them (time_banks and time_bank_areas). */
export interface TimeBankSettings {
  /** Null for a bank not opened yet. */
  bankId: string | null
  name: string
  /** At or below zero: below it an exchange is posted with a warning. */
  softLimitMinutes: number
  /** At or below the soft limit: below it an exchange is refused. */
  hardLimitMinutes: number
  allowsOtherBanks: boolean
  hourlyValuePence: number
  hourlyValueBasis: string
  /** Authorities (E06/E07…) and wards (E05…) the bank covers. */
  areaCodes: string[]
}

/**
 * Time banks' activity in one ward (time_bank_ward_activity): members active in the last 12
 * months and the minutes they gave. Both null when the viewer does not coordinate the bank and
 * the ward has fewer than 5 active members (the rule of 5).
 */
export interface WardTimeBankActivity {
  wardCode: string
  activeMembers: number | null
  minutesGiven: number | null
}
