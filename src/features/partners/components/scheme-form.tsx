import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { useFieldArray, useForm, useWatch } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField, describedBy } from '../../../components/ui/form-field'
import {
  WEEKDAYS,
  type SchemeAudience,
  type SchemeInput,
  type SchemeTheme,
} from '../../../core/partners/partner'
import {
  EMPTY_SCHEME,
  EMPTY_VENUE,
  findPlace,
  schemeFormSchema,
  toSchemeInput,
  type SchemeFormValues,
  type VenueChoice,
} from '../api/scheme-form-schema'
import { BYDAY_LABELS } from '../describe-schedule'
import { SensitiveVenueFields } from './sensitive-venue-fields'
import { WardPicker, type WardChoice } from './ward-picker'

export interface SchemeFormProps {
  /** The scheme's id (made on the device for a new one) and its organisation. */
  ids: { id: string; organisationId: string }
  initial?: SchemeFormValues
  themes: readonly SchemeTheme[]
  audiences: readonly SchemeAudience[]
  wards: readonly WardChoice[]
  /** Approved assets of the map a venue may be, by name. */
  places: readonly VenueChoice[]
  /** Venues the reader cannot see (sensitive places, by public name): saving keeps them. */
  keptVenues?: readonly string[]
  /** Saves; resolves to the refusal in words, or null when saved. */
  onSave: (input: SchemeInput) => Promise<string | null>
  onCancel: () => void
}

/**
 * Adds or changes a scheme. Everything typed stays on a refusal (the database's reason shows
 * beside the button); a field's own error shows beside it as typed values are checked.
 */
export function SchemeForm(props: SchemeFormProps) {
  const id = useId()
  const field = (name: string) => `${id}-${name}`
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors },
  } = useForm<SchemeFormValues>({
    resolver: zodResolver(schemeFormSchema),
    defaultValues: props.initial ?? EMPTY_SCHEME,
  })
  const schedules = useFieldArray({ control, name: 'schedules' })
  const venues = useFieldArray({ control, name: 'venues' })
  const venueNames = useWatch({ control, name: 'venues' })
  const authorities = [
    ...new Map(props.wards.map((ward) => [ward.ladCode, ward.ladName])).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1], 'en-GB'))

  const submit = handleSubmit(async (values) => {
    const made = toSchemeInput(values, props.ids, props.places)
    if (!made.ok) {
      made.venueErrors.forEach(({ index, field, message }, at) =>
        setError(`venues.${index}.${field}`, { message }, { shouldFocus: at === 0 }),
      )
      return
    }
    setBusy(true)
    setRefusal(null)
    try {
      setRefusal(await props.onSave(made.input))
    } finally {
      setBusy(false)
    }
  })

  const text = (
    name: 'name' | 'contactName' | 'contactEmail' | 'contactPhone' | 'url',
    label: string,
    type = 'text',
    autoComplete = 'off',
  ) => (
    <FormField id={field(name)} label={label} error={errors[name]?.message}>
      <input
        id={field(name)}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={describedBy(field(name), false, errors[name])}
        {...register(name)}
      />
    </FormField>
  )

  return (
    <form
      aria-label={props.initial ? `Change ${props.initial.name}` : 'Add a scheme'}
      className="partners-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      {text('name', 'Name of the scheme')}
      <ChoiceGroup
        type="radio"
        id={field('kind')}
        legend="What is it?"
        choices={[
          { value: 'service', label: 'A service or activity' },
          { value: 'safe_space', label: 'A public safe space (e.g. Ask for ANI)' },
        ]}
        registration={register('kind')}
      />
      <ChoiceGroup
        type="checkbox"
        id={field('themes')}
        legend="Themes"
        error={errors.themes?.message}
        // A retired theme is offered only to a scheme that has it, so that saving keeps it.
        choices={props.themes
          .filter((theme) => !theme.retired || props.initial?.themes.includes(theme.code))
          .map((theme) => ({
            value: theme.code,
            label: theme.retired ? `${theme.label} (retired)` : theme.label,
          }))}
        registration={register('themes')}
      />
      <ChoiceGroup
        type="checkbox"
        id={field('audiences')}
        legend="Who it is for"
        error={errors.audiences?.message}
        choices={props.audiences.map((audience) => ({
          value: audience.code,
          label: audience.label,
        }))}
        registration={register('audiences')}
      />
      <ChoiceGroup
        type="radio"
        id={field('access')}
        legend="How people get it"
        choices={[
          { value: 'open', label: 'Open: anyone can come or ask' },
          { value: 'referral', label: 'By referral' },
        ]}
        registration={register('access')}
      />
      <FormField
        id={field('howToAccess')}
        label="How to get help (optional)"
        error={errors.howToAccess?.message}
      >
        <textarea
          id={field('howToAccess')}
          rows={2}
          aria-invalid={Boolean(errors.howToAccess)}
          aria-describedby={describedBy(field('howToAccess'), false, errors.howToAccess)}
          {...register('howToAccess')}
        />
      </FormField>
      <FormField
        id={field('description')}
        label="Description (optional)"
        error={errors.description?.message}
      >
        <textarea
          id={field('description')}
          rows={3}
          aria-invalid={Boolean(errors.description)}
          aria-describedby={describedBy(field('description'), false, errors.description)}
          {...register('description')}
        />
      </FormField>
      {text('contactName', 'Contact name (optional)')}
      {text('contactEmail', 'Contact email (optional)', 'email')}
      {text('contactPhone', 'Contact phone (optional)', 'tel')}
      {text('url', 'Web page (optional)', 'url')}

      <fieldset className="partners-fieldset">
        <legend>Opening times</legend>
        <p className="form-field__hint">None: people are told to ask.</p>
        {errors.schedules?.message ? (
          <p className="form-field__error">{errors.schedules.message}</p>
        ) : null}
        {schedules.fields.map((row, index) => {
          const rowErrors = errors.schedules?.[index]
          const at = (name: string) => field(`schedule-${index}-${name}`)
          return (
            <div
              className="partners-row"
              key={row.id}
              role="group"
              aria-label={`Opening time ${index + 1}`}
            >
              <FormField id={at('day')} label="Day">
                <select id={at('day')} {...register(`schedules.${index}.byday`)}>
                  {WEEKDAYS.map((day) => (
                    <option key={day} value={day}>
                      {BYDAY_LABELS[day]}
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField id={at('opens')} label="Opens" error={rowErrors?.opensAt?.message}>
                <input
                  id={at('opens')}
                  type="time"
                  aria-invalid={Boolean(rowErrors?.opensAt)}
                  aria-describedby={describedBy(at('opens'), false, rowErrors?.opensAt)}
                  {...register(`schedules.${index}.opensAt`)}
                />
              </FormField>
              <FormField id={at('closes')} label="Closes" error={rowErrors?.closesAt?.message}>
                <input
                  id={at('closes')}
                  type="time"
                  aria-invalid={Boolean(rowErrors?.closesAt)}
                  aria-describedby={describedBy(at('closes'), false, rowErrors?.closesAt)}
                  {...register(`schedules.${index}.closesAt`)}
                />
              </FormField>
              <button
                type="button"
                className="button button--secondary"
                aria-label={`Remove opening time ${index + 1}`}
                onClick={() => schedules.remove(index)}
              >
                Remove
              </button>
            </div>
          )
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            schedules.append({ byday: 'MO', opensAt: '09:00', closesAt: '17:00', note: '' })
          }
        >
          Add opening times
        </button>
      </fieldset>

      <fieldset className="partners-fieldset">
        <legend>Where it runs</legend>
        <ChoiceGroup
          type="checkbox"
          id={field('authorities')}
          legend="Whole authorities"
          choices={authorities.map(([code, name]) => ({ value: code, label: name }))}
          registration={register('authorities')}
        />
        <WardPicker
          id={field('wards')}
          wards={props.wards}
          error={errors.wards?.message}
          registration={register('wards')}
          control={control}
        />
        <div className="partners-venues">
          <p className="partners-venues__title">Places on the map</p>
          {venues.fields.map((row, index) => {
            const at = field(`venue-${index}`)
            const rowErrors = errors.venues?.[index]
            const error = rowErrors?.name
            const sensitive = findPlace(props.places, venueNames[index]?.name)?.sensitive === true
            return (
              <div key={row.id}>
                <div className="partners-row">
                  <FormField id={at} label={`Place ${index + 1}`} error={error?.message}>
                    <input
                      id={at}
                      type="text"
                      autoComplete="off"
                      list={field('places')}
                      aria-invalid={Boolean(error)}
                      aria-describedby={describedBy(at, false, error)}
                      {...register(`venues.${index}.name`)}
                    />
                  </FormField>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={`Remove place ${index + 1}`}
                    onClick={() => venues.remove(index)}
                  >
                    Remove
                  </button>
                </div>
                {sensitive ? (
                  <SensitiveVenueFields
                    id={at}
                    place={index + 1}
                    errors={rowErrors}
                    publicName={register(`venues.${index}.publicName`)}
                    frontDoorContact={register(`venues.${index}.frontDoorContact`)}
                  />
                ) : null}
              </div>
            )
          })}
          {props.keptVenues?.length ? (
            <p className="form-field__hint">
              Also at {props.keptVenues.join(', ')}: a sensitive place kept as it is (only
              safeguarding changes it).
            </p>
          ) : null}
          <datalist id={field('places')}>
            {props.places.map((place) => (
              <option key={place.id} value={place.name} />
            ))}
          </datalist>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => venues.append(EMPTY_VENUE)}
          >
            Add a place on the map
          </button>
        </div>
      </fieldset>

      {refusal ? (
        <p className="form-message form-message--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="partners-actions">
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? 'Saving…' : 'Save the scheme'}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
