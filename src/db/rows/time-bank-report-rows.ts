import { z } from 'zod'
import type {
  MonthlyActivity,
  TimeBankSettings,
  WardSkillExchanges,
  WardTimeBankActivity,
} from '../../core/time-banks/time-bank-report'

// Rows of the time banks' reports and settings (docs/time-banks.md). Every row arrives as JSON
// (both adapters), so a date is `YYYY-MM-DD` and a bigint a number.
const count = z.number().int().nonnegative()
const minutes = z.number().int()

/** A row of `time_bank_monthly_report(…)`. */
export const monthlyReportRowSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}-01/),
  exchanges: count,
  minutes,
  active_members: count,
  new_members: count,
})

export function toMonthlyActivity(row: unknown): MonthlyActivity {
  const value = monthlyReportRowSchema.parse(row)
  return {
    month: value.month.slice(0, 10),
    exchanges: value.exchanges,
    minutes: value.minutes,
    activeMembers: value.active_members,
    newMembers: value.new_members,
  }
}

/** A row of `time_bank_exchanges_by_ward_and_skill(…)`. */
export const wardSkillRowSchema = z.object({
  ward_code: z.string().nullable(),
  ward_name: z.string().nullable(),
  gift_type: z.string().nullable(),
  gift_label: z.string().nullable(),
  exchanges: count,
  minutes,
})

export function toWardSkillExchanges(row: unknown): WardSkillExchanges {
  const value = wardSkillRowSchema.parse(row)
  return {
    wardCode: value.ward_code,
    wardName: value.ward_name,
    giftType: value.gift_type,
    giftLabel: value.gift_label,
    exchanges: value.exchanges,
    minutes: value.minutes,
  }
}

/** A row of `time_bank_ward_activity()`: both figures null under the rule of 5. */
export const wardActivityRowSchema = z.object({
  ward_code: z.string(),
  active_members: count.nullable(),
  minutes_given: minutes.nullable(),
})

export function toWardTimeBankActivity(row: unknown): WardTimeBankActivity {
  const value = wardActivityRowSchema.parse(row)
  return {
    wardCode: value.ward_code,
    activeMembers: value.active_members,
    minutesGiven: value.minutes_given,
  }
}

/** A row of `public.time_banks` (read, or returned by `save_time_bank`). */
export const timeBankRowSchema = z.object({
  bank_id: z.string(),
  name: z.string(),
  soft_limit_minutes: minutes,
  hard_limit_minutes: minutes,
  allows_other_banks: z.boolean(),
  hourly_value_pence: count,
  hourly_value_basis: z.string(),
})

/**
 * A bank's row with the areas it covers (from `time_bank_areas`, read beside it).
 *
 * @param row a `time_banks` row
 * @param areaCodes the codes its areas rows hold
 */
export function toTimeBankSettings(row: unknown, areaCodes: readonly string[]): TimeBankSettings {
  const value = timeBankRowSchema.parse(row)
  return {
    bankId: value.bank_id,
    name: value.name,
    softLimitMinutes: value.soft_limit_minutes,
    hardLimitMinutes: value.hard_limit_minutes,
    allowsOtherBanks: value.allows_other_banks,
    hourlyValuePence: value.hourly_value_pence,
    hourlyValueBasis: value.hourly_value_basis,
    areaCodes: [...areaCodes].sort(),
  }
}

/** The bank ids of `time_bank_account_list` rows, once each, in order. */
export function toBankIds(rows: readonly unknown[]): string[] {
  const ids = rows.map((row) => z.object({ bank_id: z.string() }).parse(row).bank_id)
  return [...new Set(ids)].sort()
}

/** A row of `time_bank_areas`. */
export const timeBankAreaRowSchema = z.object({ bank_id: z.string(), area_code: z.string() })

/**
 * The banks with their areas, from the two tables' rows, in name order.
 *
 * @param banks `time_banks` rows
 * @param areas `time_bank_areas` rows
 */
export function toTimeBankSettingsList(
  banks: readonly unknown[],
  areas: readonly unknown[],
): TimeBankSettings[] {
  const byBank = new Map<string, string[]>()
  for (const row of areas) {
    const area = timeBankAreaRowSchema.parse(row)
    byBank.set(area.bank_id, [...(byBank.get(area.bank_id) ?? []), area.area_code])
  }
  return banks
    .map((row) => {
      const bankId = timeBankRowSchema.parse(row).bank_id
      return toTimeBankSettings(row, byBank.get(bankId) ?? [])
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
}
