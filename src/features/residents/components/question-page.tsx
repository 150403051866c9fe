import '../../../components/ui/error-summary.css'
import '../../../components/ui/form-field.css'
import type { FormEventHandler, ReactNode } from 'react'
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary'
import { RouteLink, type Navigate } from './route-link'
import { usePageTitle } from './use-page-title'

/**
 * One page of a GOV.UK-style form: a Back link, the error summary (focused after a failed
 * submit, linking to each field), the question (its h1 inside the label or legend), and the
 * button. The browser's own validation is off: the messages are ours, beside each field.
 */
export function QuestionPage({
  title,
  back,
  navigate,
  errors,
  summaryFocus,
  onSubmit,
  submitLabel = 'Continue',
  busy = false,
  children,
}: {
  /** The question: the page's title in the tab. */
  title: string
  back: string | null
  navigate: Navigate
  errors: ErrorSummaryItem[]
  /** Bumped on each failed submit, to move focus to the summary. */
  summaryFocus: number
  onSubmit: FormEventHandler<HTMLFormElement>
  submitLabel?: string
  busy?: boolean
  children: ReactNode
}) {
  usePageTitle(title, errors.length > 0)
  return (
    <div className="residents-page">
      {back ? (
        <RouteLink to={back} navigate={navigate} className="residents-back-link">
          Back
        </RouteLink>
      ) : null}
      {/* The key waits for the errors: react-hook-form may render them after the failed submit. */}
      <ErrorSummary errors={errors} focusKey={errors.length > 0 ? summaryFocus : 0} />
      <form className="residents-form" noValidate onSubmit={onSubmit}>
        {children}
        <button type="submit" className="button residents-button" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </div>
  )
}

/**
 * The error summary's items from react-hook-form's errors, in the order the fields appear.
 * `order` pairs a field's path (`ownWords.head`) with its input's id.
 */
export function summaryItems(
  errors: object,
  order: ReadonlyArray<readonly [path: string, inputId: string]>,
): ErrorSummaryItem[] {
  return order.flatMap(([path, fieldId]) => {
    const message = errorAt(errors, path)
    return message ? [{ fieldId, message }] : []
  })
}

/** The message of the error at a dotted path of react-hook-form's errors, if any. */
export function errorAt(errors: object, path: string): string | undefined {
  let node: unknown = errors
  for (const key of path.split('.')) {
    node =
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined
  }
  const message = (node as { message?: unknown } | undefined)?.message
  return typeof message === 'string' && message !== '' ? message : undefined
}
