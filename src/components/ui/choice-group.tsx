import './choice-group.css'
import type { ReactNode, Ref } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'

export interface Choice {
  value: string
  label: string
  hint?: string
}

/**
 * A GOV.UK-style group of checkboxes or radios in a fieldset: the legend (the page's heading when
 * the page asks one question), a hint, the error above the choices, and large targets (44 px)
 * that work with the keyboard (Tab to the group, Space to tick, arrows between radios).
 *
 * @param id - the first input's id, and the prefix of the others' (`${id}-${index}`), so that an
 *   error summary's link lands on the first choice
 * @param legendAsHeading - wrap the legend in an h1, for a page with one question
 * @default legendAsHeading false
 */
export function ChoiceGroup({
  type,
  id,
  legend,
  legendAsHeading = false,
  hint,
  error,
  choices,
  registration,
  headingRef,
  children,
}: {
  type: 'checkbox' | 'radio'
  id: string
  legend: string
  legendAsHeading?: boolean
  hint?: string
  error?: string | undefined
  choices: readonly Choice[]
  registration: UseFormRegisterReturn
  /** The page heading's ref (with legendAsHeading), for moving focus to it on a new page. */
  headingRef?: Ref<HTMLHeadingElement>
  /** Shown after the choices, inside the fieldset (e.g. "In your own words"). */
  children?: ReactNode
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`form-field choice-group${error ? ' form-field--error' : ''}`}>
      <fieldset className="choice-group__fieldset" aria-describedby={describedBy || undefined}>
        <legend
          className={`choice-group__legend${legendAsHeading ? ' choice-group__legend--page' : ''}`}
        >
          {legendAsHeading ? (
            <h1 className="choice-group__heading" ref={headingRef} tabIndex={-1}>
              {legend}
            </h1>
          ) : (
            legend
          )}
        </legend>
        {hint ? (
          <p className="form-field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="form-field__error" id={`${id}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="choice-group__items">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${index}`
            return (
              <div className="choice-group__item" key={choice.value}>
                <input
                  className="choice-group__input"
                  type={type}
                  id={inputId}
                  value={choice.value}
                  aria-describedby={choice.hint ? `${inputId}-item-hint` : undefined}
                  {...registration}
                />
                <label className="choice-group__label" htmlFor={inputId}>
                  {choice.label}
                </label>
                {choice.hint ? (
                  <p className="choice-group__item-hint" id={`${inputId}-item-hint`}>
                    {choice.hint}
                  </p>
                ) : null}
              </div>
            )
          })}
        </div>
        {children}
      </fieldset>
    </div>
  )
}
