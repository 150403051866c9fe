import type { Caller } from '../call'
import { saveTimeBank, timeBankExchangesByWardAndSkill, timeBankMonthlyReport } from '../calls'
import { toTimeBankSettings } from '../rows/time-bank-report-rows'
import type { TimeBankReportsPort } from '../time-bank-reports-port'

/** The reports and the settings' save: SQL functions, the same in both adapters. */
export function rpcTimeBankReportsPort(
  call: Caller,
): Omit<TimeBankReportsPort, 'listBanks' | 'coordinatedBankIds'> {
  return {
    monthlyReport: (bankId, months) =>
      call(timeBankMonthlyReport, {
        p_bank_id: bankId,
        ...(months === undefined ? {} : { p_months: months }),
      }),
    exchangesByWardAndSkill: (bankId, from, to) =>
      call(timeBankExchangesByWardAndSkill, { p_bank_id: bankId, p_from: from, p_to: to }),
    async saveBank(settings) {
      const [saved] = await call(saveTimeBank, {
        p_bank_id: settings.bankId,
        p_name: settings.name,
        p_soft_limit_minutes: settings.softLimitMinutes,
        p_hard_limit_minutes: settings.hardLimitMinutes,
        p_allows_other_banks: settings.allowsOtherBanks,
        p_hourly_value_pence: settings.hourlyValuePence,
        p_hourly_value_basis: settings.hourlyValueBasis,
        p_area_codes: settings.areaCodes,
      })
      if (!saved) throw new Error('The database saved the bank but did not return it.')
      return toTimeBankSettings(saved, settings.areaCodes)
    },
  }
}
