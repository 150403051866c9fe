import '../../../components/ui/form-field.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { FormField, describedBy } from '../../../components/ui/form-field'
import type { TimeBankSettings } from '../../../core/time-banks/time-bank-report'
import {
  timeBankSettingsSchema,
  toSettings,
  toSettingsInput,
  type TimeBankSettingsInput,
  type TimeBankSettingsValues,
} from '../api/time-bank-settings-schema'

export interface TimeBankSettingsFormProps {
  /** The bank as saved; `bankId` null opens a new one. */
  bank: TimeBankSettings
  onSave: (settings: TimeBankSettings) => Promise<TimeBankSettings>
}

type Field = keyof TimeBankSettingsInput

/**
 * Administrators: a bank's name, limits (hours a balance may be owed before a warning, and before
 * a refusal), whether its members may exchange with other banks, its hourly value and the basis
 * of that value, and the areas it covers. Checked as the database checks, before sending; the
 * database's refusal is said above the button. Give it a `key` per bank: it starts from the
 * bank's settings and keeps what was typed while the list is read again after a save.
 */
export function TimeBankSettingsForm({ bank, onSave }: TimeBankSettingsFormProps) {
  const id = useId()
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TimeBankSettingsInput, unknown, TimeBankSettingsValues>({
    resolver: zodResolver(timeBankSettingsSchema),
    defaultValues: toSettingsInput(bank),
  })

  const submit = handleSubmit(async (values) => {
    try {
      const saved = await onSave(toSettings(bank.bankId, values))
      setOutcome({ ok: true, message: `Saved ${saved.name}.` })
    } catch (failure) {
      setOutcome({
        ok: false,
        message: failure instanceof Error ? failure.message : String(failure),
      })
    }
  })
  const field = (name: Field, label: string, hint?: string, type = 'text') => {
    const error = errors[name]?.message
    const inputId = `${id}-${name}`
    return (
      <FormField id={inputId} label={label} hint={hint} error={error}>
        <input
          id={inputId}
          type={type}
          inputMode={name.endsWith('Hours') || name === 'hourlyValuePounds' ? 'decimal' : undefined}
          autoComplete="off"
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(inputId, Boolean(hint), error)}
          {...register(name)}
        />
      </FormField>
    )
  }
  const areasId = `${id}-areaCodes`
  const areasError = errors.areaCodes?.message
  return (
    <form className="time-bank-settings" noValidate onSubmit={(event) => void submit(event)}>
      {field('name', 'Name')}
      {field(
        'warnAfterHours',
        'Warn when a balance owes more than (hours)',
        'The exchange is recorded with a warning.',
      )}
      {field(
        'refuseAfterHours',
        'Refuse when a balance would owe more than (hours)',
        'The exchange is refused and kept with its reason.',
      )}
      <div className="form-field">
        <label className="time-bank-settings__check">
          <input type="checkbox" {...register('allowsOtherBanks')} /> Members may exchange with
          members of other banks that allow it
        </label>
      </div>
      {field('hourlyValuePounds', 'Hourly value for social value (£)', 'e.g. 12.71')}
      {field(
        'hourlyValueBasis',
        'What the hourly value is based on',
        'Shown beside every social value figure.',
      )}
      <FormField
        id={areasId}
        label="Areas covered"
        hint="Authority (E06…, E07…) or ward (E05…) codes, separated by spaces or commas."
        error={areasError}
      >
        <textarea
          id={areasId}
          rows={3}
          aria-invalid={Boolean(areasError)}
          aria-describedby={describedBy(areasId, true, areasError)}
          {...register('areaCodes')}
        />
      </FormField>
      <div aria-live="polite">
        {outcome ? (
          <p className={`form-message${outcome.ok ? '' : ' form-message--error'}`}>
            {outcome.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : bank.bankId === null ? 'Open the bank' : 'Save the settings'}
      </button>
    </form>
  )
}
