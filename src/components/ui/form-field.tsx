import type { ReactNode, Ref } from 'react'

/**
 * A labelled form field with its hint and error, GOV.UK style: the error sits above the input and
 * is linked to it with `aria-describedby`, so screen readers read it with the field.
 *
 * @param id - the input's id (the child input must carry it)
 * @param error - the field's error message, if any
 * @param headingRef - on a one-question page: the label is put inside the page's h1, which takes
 *   this ref (so focus can move to the question)
 */
export function FormField({
  id,
  label,
  hint,
  error,
  headingRef,
  children,
}: {
  id: string
  label: string
  hint?: string | undefined
  error?: string | undefined
  headingRef?: Ref<HTMLHeadingElement> | undefined
  children: ReactNode
}) {
  return (
    <div className={`form-field${error ? ' form-field--error' : ''}`}>
      {headingRef ? (
        <h1 className="form-field__heading" ref={headingRef} tabIndex={-1}>
          <label htmlFor={id}>{label}</label>
        </h1>
      ) : (
        <label className="form-field__label" htmlFor={id}>
          {label}
        </label>
      )}
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
      {children}
    </div>
  )
}

/** The `aria-describedby` value for a field's input: its hint and error ids. */
export function describedBy(id: string, hint: boolean, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}
