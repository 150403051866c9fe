import { useId, useState } from 'react'

/**
 * "Report a change": anyone may say an asset's details are wrong; the report lands in the
 * builders' review queue.
 */
export function ReportChangeForm({
  assetName,
  onReport,
}: {
  assetName: string
  onReport: (message: string) => Promise<void>
}) {
  const id = useId()
  const [message, setMessage] = useState('')
  const [state, setState] = useState<{ error?: string; sent?: boolean }>({})
  return (
    <details className="report-change">
      <summary>Report a change</summary>
      <form
        aria-label={`Report a change to ${assetName}`}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault()
          if (!message.trim()) {
            setState({ error: 'Say what has changed, e.g. new opening times' })
            return
          }
          try {
            await onReport(message.trim())
            setMessage('')
            setState({ sent: true })
          } catch (error) {
            setState({ error: error instanceof Error ? error.message : String(error) })
          }
        }}
      >
        <div className={`form-field${state.error ? ' form-field--error' : ''}`}>
          <label className="form-field__label" htmlFor={`${id}-message`}>
            What has changed?
          </label>
          {state.error ? (
            <p className="form-field__error" id={`${id}-error`}>
              <span className="visually-hidden">Error: </span>
              {state.error}
            </p>
          ) : null}
          <textarea
            id={`${id}-message`}
            rows={3}
            value={message}
            aria-invalid={Boolean(state.error)}
            aria-describedby={state.error ? `${id}-error` : undefined}
            onChange={(event) => setMessage(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary">
          Send report
        </button>
        {state.sent ? (
          <p role="status" className="form-message">
            Thank you: a builder will check it.
          </p>
        ) : null}
      </form>
    </details>
  )
}
