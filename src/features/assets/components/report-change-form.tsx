import { useId, useState } from 'react'
import { describedBy, FormField } from '../../../components/ui/form-field'

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
        <FormField id={`${id}-message`} label="What has changed?" error={state.error}>
          <textarea
            id={`${id}-message`}
            rows={3}
            value={message}
            aria-invalid={Boolean(state.error)}
            aria-describedby={describedBy(`${id}-message`, false, state.error)}
            onChange={(event) => setMessage(event.target.value)}
          />
        </FormField>
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
