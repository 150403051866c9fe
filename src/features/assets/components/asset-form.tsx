import '../../../components/ui/form-field.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState, type ReactNode } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import { PINNABLE_KINDS } from '../../../core/assets/asset-kind-style'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import {
  assetFormSchema,
  formatCoordinate,
  type AssetFormInput,
  type AssetFormValues,
} from '../api/asset-form-schema'
import { PhotoField } from './photo-field'

type FieldName = keyof AssetFormInput
const FIELD_ORDER: FieldName[] = [
  'name',
  'kind',
  'subtype',
  'description',
  'openingTimes',
  'accessibility',
  'contact',
  'website',
  'tags',
  'photoAlt',
  'lng',
  'lat',
]

export interface AssetFormProps {
  /** Prefix of the inputs' ids, unique on the page (e.g. `add-asset`). */
  idPrefix: string
  /** The form's heading and accessible name. */
  title: string
  defaultValues: AssetFormInput
  subtypes: readonly AssetSubtype[]
  submitLabel: string
  disabled?: boolean
  /** Saves; a thrown Error's message is shown above the form and nothing typed is lost. */
  onSubmit: (values: AssetFormValues) => Promise<'done' | 'keep'>
  /** A place chosen elsewhere (map click, postcode): each new `request` fills the coordinates. */
  placed?: { lngLat: [number, number]; request: number } | null
  /** The coordinates as typed, when both parse, for the map's draft pin. */
  onCoordinatesChange?: (lngLat: [number, number] | null) => void
  /** Clear the form after a save (adding); keep it (editing). */
  resetAfterSave?: boolean
  /** Shown between the heading and the fields, e.g. the postcode finder or a conflict. */
  before?: ReactNode
  /** Shown beside the submit button, e.g. Cancel. */
  actions?: ReactNode
  /** Offer the "sensitive place" choice (safeguarding and admins). */
  canMarkSensitive?: boolean
  /** Offer the optional photo (re-encoded in the browser, without metadata) and its description. */
  withPhoto?: boolean
  /** Values typed so far, for a parent that must not lose them (version conflicts). */
  onValuesChange?: (values: AssetFormInput) => void
}

/**
 * The asset form, GOV.UK style: an error summary linked to each field after a failed submit,
 * each error above its field, and a refusal from the database shown above the form with
 * everything typed kept.
 */
export function AssetForm(props: AssetFormProps) {
  const { idPrefix: p, subtypes } = props
  const [saveError, setSaveError] = useState<string | null>(null)
  const [summaryFocus, setSummaryFocus] = useState(0)
  const {
    register,
    handleSubmit,
    reset,
    setValue,
    control,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<AssetFormInput, unknown, AssetFormValues>({
    resolver: zodResolver(assetFormSchema),
    defaultValues: props.defaultValues,
  })
  const values = useWatch({ control }) as AssetFormInput
  const kind = values.kind

  const placedRequest = props.placed?.request
  const placed = props.placed
  useEffect(() => {
    if (!placed) return
    setValue('lng', formatCoordinate(placed.lngLat[0]), { shouldValidate: submitCount > 0 })
    setValue('lat', formatCoordinate(placed.lngLat[1]), { shouldValidate: submitCount > 0 })
    // Only a new request moves the fields, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placedRequest])

  const { onCoordinatesChange, onValuesChange } = props
  useEffect(() => {
    onValuesChange?.(values)
    if (!onCoordinatesChange) return
    const lng = Number(values.lng)
    const lat = Number(values.lat)
    const ok =
      values.lng?.trim() && values.lat?.trim() && Number.isFinite(lng) && Number.isFinite(lat)
    onCoordinatesChange(ok && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? [lng, lat] : null)
  }, [values, onCoordinatesChange, onValuesChange])

  const submit = handleSubmit(
    async (checked) => {
      setSaveError(null)
      try {
        const outcome = await props.onSubmit(checked)
        if (outcome === 'done' && props.resetAfterSave) {
          reset({ ...props.defaultValues, kind: checked.kind, lng: '', lat: '' })
        }
      } catch (error) {
        setSaveError(error instanceof Error ? error.message : String(error))
      }
    },
    () => setSummaryFocus((n) => n + 1),
  )

  const id = (field: FieldName) => `${p}-${field}`
  const field = (name: FieldName) => ({
    id: id(name),
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': describedBy(id(name), hints[name] !== undefined, errors[name]),
    ...register(name),
  })
  const summary = FIELD_ORDER.flatMap((name) => {
    const message = errors[name]?.message
    return message ? [{ fieldId: id(name), message }] : []
  })
  const kindSubtypes = subtypes.filter(
    (s) => s.kind === kind && (s.isActive || s.code === props.defaultValues.subtype),
  )

  return (
    <form className="asset-form" onSubmit={submit} noValidate aria-labelledby={`${p}-title`}>
      <h3 id={`${p}-title`} className="panel-title">
        {props.title}
      </h3>
      <ErrorSummary errors={summary} focusKey={summaryFocus} />
      {saveError ? (
        <p className="form-message form-message--error" role="alert">
          {saveError}
        </p>
      ) : null}
      {props.before}
      <FormField id={id('name')} label="Name" error={errors.name?.message}>
        <input type="text" autoComplete="off" data-testid="asset-name" {...field('name')} />
      </FormField>
      <FormField id={id('kind')} label="Kind" error={errors.kind?.message}>
        <select data-testid="asset-kind" {...field('kind')}>
          {PINNABLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {ASSET_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={id('subtype')} label="Type (optional)" error={errors.subtype?.message}>
        <select data-testid="asset-subtype" {...field('subtype')}>
          <option value="">Not set</option>
          {kindSubtypes.map((s) => (
            <option key={s.code} value={s.code}>
              {s.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id={id('description')}
        label="Description (optional)"
        error={errors.description?.message}
      >
        <textarea rows={3} data-testid="asset-description" {...field('description')} />
      </FormField>
      <FormField
        id={id('openingTimes')}
        label="Opening times (optional)"
        hint={hints.openingTimes}
        error={errors.openingTimes?.message}
      >
        <input type="text" data-testid="asset-opening-times" {...field('openingTimes')} />
      </FormField>
      <FormField
        id={id('accessibility')}
        label="Accessibility notes (optional)"
        hint={hints.accessibility}
        error={errors.accessibility?.message}
      >
        <textarea rows={2} data-testid="asset-accessibility" {...field('accessibility')} />
      </FormField>
      <FormField
        id={id('contact')}
        label="Contact (private, optional)"
        hint={hints.contact}
        error={errors.contact?.message}
      >
        <input type="text" autoComplete="off" data-testid="asset-contact" {...field('contact')} />
      </FormField>
      <FormField
        id={id('website')}
        label="Website (optional)"
        hint={hints.website}
        error={errors.website?.message}
      >
        <input type="url" inputMode="url" data-testid="asset-website" {...field('website')} />
      </FormField>
      <FormField
        id={id('tags')}
        label="Tags (optional)"
        hint={hints.tags}
        error={errors.tags?.message}
      >
        <input type="text" autoComplete="off" data-testid="asset-tags" {...field('tags')} />
      </FormField>
      {props.withPhoto ? (
        <Controller
          control={control}
          name="photo"
          render={({ field: photo }) => (
            <PhotoField
              id={id('photo')}
              value={photo.value ?? null}
              onChange={(value) => photo.onChange(value)}
              altId={id('photoAlt')}
              altInput={field('photoAlt')}
              altHint={hints.photoAlt ?? ''}
              altError={errors.photoAlt?.message}
            />
          )}
        />
      ) : null}
      {props.canMarkSensitive ? (
        <div className="form-field">
          <label className="asset-form__check">
            <input type="checkbox" data-testid="asset-sensitive" {...register('isSensitive')} />{' '}
            Sensitive place (a refuge or safe house): no public location, seen only by safeguarding
            and administrators
          </label>
        </div>
      ) : null}
      <fieldset className="asset-form__location">
        <legend>Location</legend>
        <p className="form-field__hint">{hints.location}</p>
        <div className="form-row">
          <FormField id={id('lng')} label="Longitude" hint={hints.lng} error={errors.lng?.message}>
            <input type="text" inputMode="decimal" data-testid="asset-lng" {...field('lng')} />
          </FormField>
          <FormField id={id('lat')} label="Latitude" hint={hints.lat} error={errors.lat?.message}>
            <input type="text" inputMode="decimal" data-testid="asset-lat" {...field('lat')} />
          </FormField>
        </div>
      </fieldset>
      <div className="asset-form__actions">
        <button type="submit" className="button" disabled={props.disabled || isSubmitting}>
          {isSubmitting ? 'Saving…' : props.submitLabel}
        </button>
        {props.actions}
      </div>
    </form>
  )
}

const hints: Partial<Record<FieldName | 'location', string>> = {
  openingTimes: 'e.g. Mon–Fri 9am–5pm; Sat 10am–12pm',
  accessibility: 'e.g. Step-free entrance; hearing loop; accessible toilet',
  contact: 'A phone number or email for builders only; never shown publicly',
  website: 'e.g. https://example.org',
  tags: 'Separate tags with commas, e.g. youth, free, outdoors',
  photoAlt: 'What it shows, for people who cannot see it, e.g. “The front entrance with its ramp”',
  lng: 'e.g. 0.4691',
  lat: 'e.g. 51.7356',
  location: 'Click the map, find a postcode, or type the coordinates.',
}
