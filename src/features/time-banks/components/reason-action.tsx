import { useId, useRef, useState } from 'react'
import type { DataPort } from '../../../db/port'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { FormError } from './form-error'

/**
 * An action that needs a reason (dispute, cancel, reverse): the button opens a one-field form,
 * which writes once and says why a refusal happened.
 */
export function ReasonAction({
  label,
  busyLabel,
  subject,
  write,
}: {
  label: string
  busyLabel: string
  /** What the action is on, for screen readers ("the exchange of 12 March"). */
  subject: string
  write: (port: DataPort, reason: string) => Promise<unknown>
}) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const { run, busy, error } = useTimeBankWrite()
  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary"
        aria-label={`${label} ${subject}`}
        onClick={() => {
          setOpen(true)
          // Focus moves to the reason, where typing goes next.
          setTimeout(() => input.current?.focus(), 0)
        }}
      >
        {label}
      </button>
    )
  }
  return (
    <form
      className="tb-reason"
      aria-label={`${label} ${subject}`}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault()
        if (!reason.trim()) {
          setMissing(true)
          input.current?.focus()
          return
        }
        const done = await run(async (port) => {
          await write(port, reason.trim())
          return true
        })
        if (done) setOpen(false)
      }}
    >
      <label htmlFor={`${id}-reason`}>Reason</label>
      {missing ? (
        <p className="form-field__error" id={`${id}-error`}>
          Say why
        </p>
      ) : null}
      <input
        id={`${id}-reason`}
        ref={input}
        type="text"
        autoComplete="off"
        maxLength={500}
        value={reason}
        aria-invalid={missing}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(event) => {
          setReason(event.target.value)
          setMissing(false)
        }}
      />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? busyLabel : label}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
        Keep it
      </button>
    </form>
  )
}
