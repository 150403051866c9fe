import { describe, expect, it } from 'vitest'
import {
  NEW_BANK,
  timeBankSettingsSchema,
  toSettings,
  toSettingsInput,
} from './time-bank-settings-schema'

const valid = {
  name: ' Harlow Time Bank ',
  warnAfterHours: '10',
  refuseAfterHours: '20.5',
  allowsOtherBanks: true,
  hourlyValuePounds: '12.71',
  hourlyValueBasis: 'National Living Wage',
  areaCodes: 'e07000073, E05004093\nE07000073',
}

describe('timeBankSettingsSchema', () => {
  it('turns hours owed into negative minutes, pounds into pence and codes into a list', () => {
    const values = timeBankSettingsSchema.parse(valid)
    expect(toSettings('b1', values)).toEqual({
      bankId: 'b1',
      name: 'Harlow Time Bank',
      softLimitMinutes: -600,
      hardLimitMinutes: -1230,
      allowsOtherBanks: true,
      hourlyValuePence: 1271,
      hourlyValueBasis: 'National Living Wage',
      areaCodes: ['E07000073', 'E05004093'],
    })
  })

  it('refuses a refusal limit before the warning, on the refusal field', () => {
    const result = timeBankSettingsSchema.safeParse({ ...valid, refuseAfterHours: '5' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['refuseAfterHours'])
  })

  it('names each area code that is not a ward or authority code', () => {
    const result = timeBankSettingsSchema.safeParse({ ...valid, areaCodes: 'E07000073 CM1 X9' })
    expect(result.error?.issues[0]?.message).toBe(
      'Not a ward (E05…) or authority (E06…, E07…) code: CM1, X9',
    )
  })

  it('refuses an hourly value above the database’s £1,000 and one with fractions of a penny', () => {
    expect(
      timeBankSettingsSchema.safeParse({ ...valid, hourlyValuePounds: '1000.01' }).success,
    ).toBe(false)
    expect(
      timeBankSettingsSchema.safeParse({ ...valid, hourlyValuePounds: '12.715' }).success,
    ).toBe(false)
  })

  it('shows a bank’s settings in the form and reads them back unchanged', () => {
    const bank = { ...NEW_BANK, bankId: 'b2', name: 'Tendring', areaCodes: ['E07000076'] }
    expect(toSettings('b2', timeBankSettingsSchema.parse(toSettingsInput(bank)))).toEqual(bank)
  })
})
