import '../../../components/ui/form-field.css'
import { useId, useState, type FormEvent } from 'react'
import type { AnalysisIssue } from '../../../core/analysis/types'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import type { PinnableKind } from '../../../core/assets/asset-kind-style'
import { describedBy, FormField } from '../../../components/ui/form-field'
import { ANALYSIS_KINDS } from '../analysis-settings'
import { readPlannedPoint } from '../read-planned-point'

export interface PlannedAssetFormProps {
  plannedCount: number
  /** The worker's reason for refusing the last planned asset, if it did. */
  refused: AnalysisIssue | null
  /** True while a click on the map places a planned asset. */
  picking: boolean
  kind: PinnableKind
  onKindChange: (kind: PinnableKind) => void
  onPickingChange: (picking: boolean) => void
  onAdd: (asset: { kind: PinnableKind; lng: number; lat: number }) => void
  onClear: () => void
}

/**
 * "What if there were one here?": a lead tries a new asset, by a click on the map or by typing its
 * coordinates, and sees the ranking and coverage change at once (the worker adds it to the running
 * analysis). Planned assets are never saved; they last until cleared or the page is left.
 */
export function PlannedAssetForm(props: PlannedAssetFormProps) {
  const id = useId()
  const [lng, setLng] = useState('')
  const [lat, setLat] = useState('')
  const [errors, setErrors] = useState<{ lng?: string; lat?: string }>({})

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const read = readPlannedPoint(lng, lat)
    setErrors(read.ok ? {} : read.errors)
    if (read.ok) props.onAdd({ kind: props.kind, ...read.point })
  }

  return (
    <form className="gap-planned" aria-label="Try a planned asset" onSubmit={submit} noValidate>
      <h3 className="gap-planned__heading">Try a planned asset</h3>
      <p className="form-field__hint">
        See how a new asset would change coverage and the ranking. Nothing is saved.
      </p>
      <FormField id={`${id}-kind`} label="Kind">
        <select
          id={`${id}-kind`}
          value={props.kind}
          onChange={(event) => props.onKindChange(event.target.value as PinnableKind)}
        >
          {ANALYSIS_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ASSET_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </FormField>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={props.picking}
        onClick={() => props.onPickingChange(!props.picking)}
      >
        {props.picking ? 'Stop placing on the map' : 'Place on the map'}
      </button>
      <div className="form-row">
        <FormField id={`${id}-lng`} label="Longitude" error={errors.lng}>
          <input
            id={`${id}-lng`}
            inputMode="decimal"
            value={lng}
            aria-describedby={describedBy(`${id}-lng`, false, errors.lng)}
            onChange={(event) => setLng(event.target.value)}
          />
        </FormField>
        <FormField id={`${id}-lat`} label="Latitude" error={errors.lat}>
          <input
            id={`${id}-lat`}
            inputMode="decimal"
            value={lat}
            aria-describedby={describedBy(`${id}-lat`, false, errors.lat)}
            onChange={(event) => setLat(event.target.value)}
          />
        </FormField>
      </div>
      <button type="submit" className="button">
        Add to the analysis
      </button>
      {props.refused ? (
        <p className="form-message form-message--error" role="alert">
          {props.refused.message}
        </p>
      ) : null}
      {props.plannedCount > 0 ? (
        <p className="gap-planned__count">
          {props.plannedCount} planned {props.plannedCount === 1 ? 'asset' : 'assets'} in the
          analysis.{' '}
          <button type="button" className="link-button" onClick={props.onClear}>
            Remove planned assets
          </button>
        </p>
      ) : null}
    </form>
  )
}
