import '../../../components/ui/form-field.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import type { Asset, NewAsset } from '../../../core/assets/asset'
import { FormField, describedBy } from '../../../components/ui/form-field'
import {
  PINNABLE_KINDS,
  newAssetFormSchema,
  type NewAssetFormInput,
  type NewAssetFormValues,
} from '../api/new-asset-form'

/**
 * Adds an asset by name, kind and coordinates. Field errors show beside each field; a refusal from
 * the database (e.g. a point outside Essex) shows above the form, and nothing typed is lost.
 */
export function AddAssetForm({
  onCreate,
  disabled,
}: {
  onCreate: (input: NewAsset) => Promise<Asset>
  disabled: boolean
}) {
  // One id per asset being added: a retry after a lost connection is the same submission.
  const [clientId, setClientId] = useState(() => crypto.randomUUID())
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NewAssetFormInput, unknown, NewAssetFormValues>({
    resolver: zodResolver(newAssetFormSchema),
    defaultValues: { name: '', kind: 'physical_space', description: '', lng: '', lat: '' },
  })

  const submit = handleSubmit(async (values) => {
    setSaveError(null)
    setSaved(null)
    try {
      const asset = await onCreate({
        clientId,
        name: values.name,
        kind: values.kind,
        description: values.description,
        lngLat: [values.lng, values.lat],
      })
      setSaved(`Saved “${asset.name}”.`)
      setClientId(crypto.randomUUID())
      reset()
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error))
    }
  })

  return (
    <form className="add-asset-form" onSubmit={submit} noValidate aria-labelledby="add-asset-title">
      <h2 id="add-asset-title" className="panel-title">
        Add an asset
      </h2>
      {saveError ? (
        <p className="form-message form-message--error" role="alert">
          {saveError}
        </p>
      ) : null}
      {saved ? (
        <p className="form-message" role="status">
          {saved}
        </p>
      ) : null}
      <FormField id="asset-name" label="Name" error={errors.name?.message}>
        <input
          id="asset-name"
          type="text"
          autoComplete="off"
          aria-invalid={!!errors.name}
          aria-describedby={describedBy('asset-name', false, errors.name)}
          {...register('name')}
        />
      </FormField>
      <FormField id="asset-kind" label="Kind" error={errors.kind?.message}>
        <select
          id="asset-kind"
          aria-invalid={!!errors.kind}
          aria-describedby={describedBy('asset-kind', false, errors.kind)}
          {...register('kind')}
        >
          {PINNABLE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ASSET_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="asset-description"
        label="Description (optional)"
        error={errors.description?.message}
      >
        <textarea
          id="asset-description"
          rows={2}
          aria-invalid={!!errors.description}
          aria-describedby={describedBy('asset-description', false, errors.description)}
          {...register('description')}
        />
      </FormField>
      <div className="form-row">
        <FormField id="asset-lng" label="Longitude" hint="e.g. 0.4691" error={errors.lng?.message}>
          <input
            id="asset-lng"
            type="text"
            inputMode="decimal"
            aria-invalid={!!errors.lng}
            aria-describedby={describedBy('asset-lng', true, errors.lng)}
            {...register('lng')}
          />
        </FormField>
        <FormField id="asset-lat" label="Latitude" hint="e.g. 51.7356" error={errors.lat?.message}>
          <input
            id="asset-lat"
            type="text"
            inputMode="decimal"
            aria-invalid={!!errors.lat}
            aria-describedby={describedBy('asset-lat', true, errors.lat)}
            {...register('lat')}
          />
        </FormField>
      </div>
      <button type="submit" className="button" disabled={disabled || isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save asset'}
      </button>
      {disabled ? (
        <p className="form-field__hint">Saving is possible once the database is ready.</p>
      ) : null}
    </form>
  )
}
