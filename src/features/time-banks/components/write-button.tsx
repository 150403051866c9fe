import type { DataPort } from '../../../db/port'
import { useTimeBankWrite } from '../api/use-time-bank-write'

/**
 * A button that writes once per press: disabled and saying so while the write runs, with the
 * refusal in words beside it.
 */
export function WriteButton({
  label,
  busyLabel,
  accessibleName,
  write,
  secondary = false,
  onDone,
}: {
  label: string
  busyLabel: string
  /** The button's name for screen readers when `label` alone is ambiguous ("Confirm" of which?). */
  accessibleName?: string
  write: (port: DataPort) => Promise<unknown>
  /** @default false */
  secondary?: boolean
  onDone?: () => void
}) {
  const { run, busy, error } = useTimeBankWrite()
  return (
    <span className="tb-write">
      <button
        type="button"
        className={`button${secondary ? ' button--secondary' : ''}`}
        aria-label={accessibleName}
        disabled={busy}
        aria-busy={busy}
        onClick={async () => {
          const done = await run(async (port) => {
            await write(port)
            return true
          })
          if (done) onDone?.()
        }}
      >
        {busy ? busyLabel : label}
      </button>
      {error ? (
        <span className="form-message form-message--error tb-write__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  )
}
