import { useState } from 'react'
import { useWatch, type Control, type UseFormRegisterReturn } from 'react-hook-form'
import type { SchemeFormValues } from '../api/scheme-form-schema'

/** A ward that may be chosen, with its authority (for "whole authorities"). */
export interface WardChoice {
  wardCode: string
  wardName: string
  ladCode: string
  ladName: string
}

/**
 * The scheme form's wards: a search box narrowing a list of checkboxes (every ward stays in the
 * form, only hidden, so a choice is never lost by searching), and the wards chosen said in words.
 */
export function WardPicker({
  id,
  wards,
  error,
  registration,
  control,
}: {
  id: string
  wards: readonly WardChoice[]
  error: string | undefined
  registration: UseFormRegisterReturn
  control: Control<SchemeFormValues>
}) {
  const [search, setSearch] = useState('')
  const chosen = useWatch({ control, name: 'wards' })
  const wanted = search.trim().toLocaleLowerCase('en-GB')
  const matches = (ward: WardChoice) =>
    wanted === '' ||
    ward.wardName.toLocaleLowerCase('en-GB').includes(wanted) ||
    ward.ladName.toLocaleLowerCase('en-GB').includes(wanted) ||
    ward.wardCode.toLocaleLowerCase('en-GB') === wanted
  const shown = wards.filter(matches).length
  const names = new Map(wards.map((ward) => [ward.wardCode, ward.wardName]))
  return (
    <div className={`form-field${error ? ' form-field--error' : ''}`}>
      <fieldset className="partners-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend>Chosen wards</legend>
        {error ? (
          <p className="form-field__error" id={`${id}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <label className="form-field__label" htmlFor={`${id}-search`}>
          Find a ward
        </label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={search}
          aria-describedby={`${id}-count`}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p className="form-field__hint" id={`${id}-count`} aria-live="polite">
          {shown} of {wards.length} wards shown.{' '}
          {chosen.length > 0
            ? `Chosen: ${chosen.map((code) => names.get(code) ?? code).join(', ')}.`
            : 'None chosen.'}
        </p>
        <div className="partners-ward-list">
          {wards.map((ward) => (
            <div className="choice-group__item" key={ward.wardCode} hidden={!matches(ward)}>
              <input
                className="choice-group__input"
                type="checkbox"
                id={`${id}-${ward.wardCode}`}
                value={ward.wardCode}
                {...registration}
              />
              <label className="choice-group__label" htmlFor={`${id}-${ward.wardCode}`}>
                {ward.wardName} <span className="muted">({ward.ladName})</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
