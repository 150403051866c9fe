import { z } from 'zod'
import type { TimeBankSettings } from '../../../core/time-banks/time-bank-report'

// The database's limits (time_banks' checks and save_time_bank), said before anything is sent.
export const BANK_NAME_MAX = 120
export const HOURLY_VALUE_BASIS_MAX = 300
export const HOURLY_VALUE_MAX_PENCE = 100_000
const AREA_CODE = /^[EWSN]0[5-9][0-9]{6}$/

const hours = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what} in hours`)
    .refine((text) => /^\d+(\.\d+)?$/.test(text), `Enter ${what} as a number of hours, e.g. 10`)
    .transform(Number)

/**
 * A bank's settings as an administrator types them: limits as hours a balance may be owed (the
 * database keeps negative minutes), the hourly value in pounds (pence), areas as codes separated
 * by spaces, commas or new lines.
 */
export const timeBankSettingsSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter the bank’s name')
      .max(BANK_NAME_MAX, `The name must be ${BANK_NAME_MAX} characters or fewer`),
    warnAfterHours: hours('when to warn'),
    refuseAfterHours: hours('when to refuse'),
    allowsOtherBanks: z.boolean(),
    hourlyValuePounds: z
      .string()
      .trim()
      .refine(
        (text) => /^\d+(\.\d{1,2})?$/.test(text),
        'Enter the hourly value in pounds, e.g. 12.71',
      )
      .transform((text) => Math.round(Number(text) * 100))
      .refine(
        (pence) => pence <= HOURLY_VALUE_MAX_PENCE,
        `The hourly value must be £${HOURLY_VALUE_MAX_PENCE / 100} or less`,
      ),
    hourlyValueBasis: z
      .string()
      .trim()
      .min(1, 'Say what the hourly value is based on')
      .max(
        HOURLY_VALUE_BASIS_MAX,
        `The basis must be ${HOURLY_VALUE_BASIS_MAX} characters or fewer`,
      ),
    areaCodes: z
      .string()
      .transform((text) => [
        ...new Set(
          text
            .split(/[\s,]+/)
            .map((code) => code.trim().toUpperCase())
            .filter(Boolean),
        ),
      ])
      .superRefine((codes, context) => {
        const bad = codes.filter((code) => !AREA_CODE.test(code))
        if (bad.length > 0) {
          context.addIssue({
            code: 'custom',
            message: `Not a ward (E05…) or authority (E06…, E07…) code: ${bad.join(', ')}`,
          })
        }
      }),
  })
  .refine((values) => values.refuseAfterHours >= values.warnAfterHours, {
    path: ['refuseAfterHours'],
    message:
      'Refuse at the warning or later: the hours owed when refused must be at least those when warned',
  })

export type TimeBankSettingsInput = z.input<typeof timeBankSettingsSchema>
export type TimeBankSettingsValues = z.output<typeof timeBankSettingsSchema>

/** A bank's settings as the form shows them. */
export function toSettingsInput(bank: TimeBankSettings): TimeBankSettingsInput {
  return {
    name: bank.name,
    warnAfterHours: String(-bank.softLimitMinutes / 60),
    refuseAfterHours: String(-bank.hardLimitMinutes / 60),
    allowsOtherBanks: bank.allowsOtherBanks,
    hourlyValuePounds: (bank.hourlyValuePence / 100).toFixed(2),
    hourlyValueBasis: bank.hourlyValueBasis,
    areaCodes: bank.areaCodes.join(' '),
  }
}

/** The form's values as the bank's settings (limits as negative minutes). */
export function toSettings(
  bankId: string | null,
  values: TimeBankSettingsValues,
): TimeBankSettings {
  return {
    bankId,
    name: values.name,
    softLimitMinutes: -Math.round(values.warnAfterHours * 60),
    hardLimitMinutes: -Math.round(values.refuseAfterHours * 60),
    allowsOtherBanks: values.allowsOtherBanks,
    hourlyValuePence: values.hourlyValuePounds,
    hourlyValueBasis: values.hourlyValueBasis,
    areaCodes: values.areaCodes,
  }
}

/** A new bank's settings: the database's defaults. */
export const NEW_BANK: TimeBankSettings = {
  bankId: null,
  name: '',
  softLimitMinutes: -600,
  hardLimitMinutes: -1200,
  allowsOtherBanks: false,
  hourlyValuePence: 1271,
  hourlyValueBasis: 'National Living Wage from April 2026 (£12.71 an hour)',
  areaCodes: [],
}
