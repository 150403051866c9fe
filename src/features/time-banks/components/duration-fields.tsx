import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import { describedBy } from '../../../components/ui/form-field'

type WithDuration = { hours: unknown; minutes: unknown }

/** Hours and minutes side by side in one fieldset, with one error for both. */
export function DurationFields<T extends WithDuration>({
  id,
  legend,
  register,
  errors,
}: {
  id: string
  legend: string
  register: UseFormRegister<T>
  errors: FieldErrors<T>
}) {
  const error = (errors.hours?.message ?? errors.minutes?.message) as string | undefined
  const register_ = register as unknown as UseFormRegister<WithDuration>
  return (
    <fieldset
      className={`form-field tb-duration${error ? ' form-field--error' : ''}`}
      aria-describedby={describedBy(id, false, error)}
    >
      <legend className="form-field__label">{legend}</legend>
      {error ? (
        <p className="form-field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <label htmlFor={`${id}-hours`}>Hours</label>
      <input
        id={`${id}-hours`}
        type="number"
        inputMode="numeric"
        min={0}
        max={99}
        aria-invalid={Boolean(error)}
        {...register_('hours')}
      />
      <label htmlFor={`${id}-minutes`}>Minutes</label>
      <input
        id={`${id}-minutes`}
        type="number"
        inputMode="numeric"
        min={0}
        max={59}
        step={5}
        aria-invalid={Boolean(error)}
        {...register_('minutes')}
      />
    </fieldset>
  )
}
