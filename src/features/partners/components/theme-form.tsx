import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { FormField, describedBy } from '../../../components/ui/form-field'
import {
  themeFormSchema,
  type ThemeFormInput,
  type ThemeFormValues,
} from '../api/theme-form-schema'

/** A ward indicator a theme may name as its need measure, with its words. */
export interface NeedChoice {
  indicator: string
  label: string
}

export interface ThemeFormProps {
  /** The form's name for screen readers, e.g. "Add a theme". */
  title: string
  submitLabel: string
  /** The names of the other themes. */
  taken: readonly string[]
  needChoices: readonly NeedChoice[]
  /** @default { label: '', needIndicator: '' } */
  defaults?: ThemeFormInput
  /** Saves; resolves to the refusal in words (shown as the name's error), or null when saved. */
  onSave: (values: ThemeFormValues) => Promise<string | null>
  /** Offered as a Cancel button and on Escape (changing a theme). */
  onCancel?: () => void
  /** @default false */
  autoFocus?: boolean
}

/** A theme's name and need measure, for adding and for changing one: checked as typed. */
export function ThemeForm(props: ThemeFormProps) {
  const id = useId()
  const schema = useMemo(() => themeFormSchema(props.taken), [props.taken])
  const defaults = props.defaults ?? { label: '', needIndicator: '' }
  const {
    register,
    handleSubmit,
    reset,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ThemeFormInput, unknown, ThemeFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  })
  const submit = handleSubmit(async (values) => {
    const refusal = await props.onSave(values)
    if (refusal === null) {
      reset(defaults)
      return
    }
    setError('label', { message: refusal })
    setFocus('label')
  })
  const error = errors.label?.message
  return (
    <form
      aria-label={props.title}
      className="scheme-theme-form partners-row"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && props.onCancel) {
          event.preventDefault()
          props.onCancel()
        }
      }}
    >
      <FormField id={`${id}-label`} label="Theme's name" error={error}>
        <input
          id={`${id}-label`}
          type="text"
          autoComplete="off"
          // Changing opens in place of the theme, where the person's attention already is.
          autoFocus={props.autoFocus}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(`${id}-label`, false, error)}
          {...register('label')}
        />
      </FormField>
      <FormField id={`${id}-need`} label="Need measured by">
        <select id={`${id}-need`} {...register('needIndicator')}>
          <option value="">None: overlaps only</option>
          {props.needChoices.map((choice) => (
            <option key={choice.indicator} value={choice.indicator}>
              {choice.label}
            </option>
          ))}
        </select>
      </FormField>
      <div className="partners-actions">
        <button type="submit" className="button" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? 'Saving…' : props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}
