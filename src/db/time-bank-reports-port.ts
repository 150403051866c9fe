import type {
  MonthlyActivity,
  TimeBankSettings,
  WardSkillExchanges,
} from '../core/time-banks/time-bank-report'

/**
 * Coordinators' reports and administrators' bank settings (docs/time-banks.md): the ledger's
 * report functions and `save_time_bank`, the same in both adapters, and the banks read from
 * `time_banks` and `time_bank_areas`, which anyone may read.
 */
export interface TimeBankReportsPort {
  /**
   * A bank's months, the current one last: exchanges, minutes, active and new members.
   * @throws DataError `42501` for anyone who does not coordinate the bank
   */
  monthlyReport(bankId: string, months?: number): Promise<MonthlyActivity[]>
  /**
   * Exchanges by ward and skill between two dates (`YYYY-MM-DD`, both included).
   * @throws DataError `42501` for anyone who does not coordinate the bank
   */
  exchangesByWardAndSkill(bankId: string, from: string, to: string): Promise<WardSkillExchanges[]>
  /**
   * The banks the caller coordinates (those whose community pot they may read in
   * `time_bank_account_list`), so that a coordinator's screen offers their own banks.
   * @throws DataError `42501` for the public
   */
  coordinatedBankIds(): Promise<string[]>
  /** Every bank with its limits, hourly value and areas, by name. */
  listBanks(): Promise<TimeBankSettings[]>
  /**
   * Opens a bank (`bankId` null) or saves one's settings; returns it as saved.
   * @throws DataError `42501` without manage_time_banks; `23514` for a limit or value out of range
   */
  saveBank(settings: TimeBankSettings): Promise<TimeBankSettings>
}
