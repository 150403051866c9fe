import './error-summary.css'
import { useEffect, useId, useRef } from 'react'

export interface ErrorSummaryItem {
  /** The id of the input the error is about; the link moves focus there. */
  fieldId: string
  message: string
}

/**
 * GOV.UK's error summary: at the top of a form after a failed submit, focused so that screen
 * readers announce it, with a link to each field in error.
 */
export function ErrorSummary({
  errors,
  focusKey,
}: {
  errors: ErrorSummaryItem[]
  focusKey: number
}) {
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus()
  }, [focusKey])
  if (errors.length === 0) return null
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h3 className="error-summary__title" id={titleId}>
        There is a problem
      </h3>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault()
                document.getElementById(error.fieldId)?.focus()
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
