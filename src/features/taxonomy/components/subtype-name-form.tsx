import '../../../components/ui/form-field.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { FormField, describedBy } from '../../../components/ui/form-field'
import {
  subtypeNameSchema,
  type SubtypeNameInput,
  type SubtypeNameValues,
} from '../api/subtype-name-schema'

export interface SubtypeNameFormProps {
  /** The input's id, unique on the page. */
  id: string
  /** The field's label, e.g. "New subtype of Local economy". */
  fieldLabel: string
  submitLabel: string
  /** The kind in words, for the "already has" message. */
  kindLabel: string
  /** The names of the kind's other subtypes. */
  taken: readonly string[]
  /** @default '' */
  defaultLabel?: string
  /** Saves; a thrown Error's message (e.g. the database's refusal) is shown as the field's error. */
  onSave: (label: string) => Promise<void>
  /** Offered as a Cancel button and on Escape (renaming). */
  onCancel?: () => void
  /** @default false */
  autoFocus?: boolean
}

/** One subtype name, for adding and for renaming: checked as typed, refused names said beside it. */
export function SubtypeNameForm(props: SubtypeNameFormProps) {
  const schema = useMemo(
    () => subtypeNameSchema(props.kindLabel, props.taken),
    [props.kindLabel, props.taken],
  )
  const {
    register,
    handleSubmit,
    reset,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SubtypeNameInput, unknown, SubtypeNameValues>({
    resolver: zodResolver(schema),
    defaultValues: { label: props.defaultLabel ?? '' },
  })
  const error = errors.label?.message
  const submit = handleSubmit(async ({ label }) => {
    try {
      await props.onSave(label)
      reset({ label: props.defaultLabel ?? '' })
    } catch (failure) {
      setError('label', { message: failure instanceof Error ? failure.message : String(failure) })
      setFocus('label')
    }
  })
  return (
    <form
      className="subtype-name-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && props.onCancel) {
          event.preventDefault()
          props.onCancel()
        }
      }}
    >
      <FormField id={props.id} label={props.fieldLabel} error={error}>
        <input
          id={props.id}
          type="text"
          autoComplete="off"
          // Renaming opens in place of the name, where the person's attention already is.
          autoFocus={props.autoFocus}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(props.id, false, error)}
          {...register('label')}
        />
      </FormField>
      <button type="submit" className="button" disabled={isSubmitting}>
        {props.submitLabel}
      </button>
      {props.onCancel ? (
        <>
          {' '}
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            Cancel
          </button>
        </>
      ) : null}
    </form>
  )
}
