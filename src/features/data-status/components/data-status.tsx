import { useState } from 'react'
import { ErrorPanel } from '../../../components/ui/error-panel'
import { ProgressBar } from '../../../components/ui/progress-bar'
import { useDataPort } from '../../../db/data-port-context'
import { describeStartup } from '../describe-startup'
import { DeviceDatabasePanel } from './device-database-panel'

/**
 * How the database start-up is going. The map does not wait for it (the wards paint from static
 * GeoJSON); this says what is still loading, and what failed if anything did.
 */
export function DataStatus() {
  const state = useDataPort()
  const description =
    state.status === 'starting'
      ? describeStartup(state.progress)
      : state.status === 'ready'
        ? describeStartup({ phase: 'ready' })
        : null
  const { loadedBytes, totalBytes } = state.status === 'starting' ? state.progress : {}
  return (
    <div className="data-status">
      {/* Phases only, not every byte count: a screen reader should hear "downloading" once. */}
      <p className="visually-hidden" role="status">
        {description ? `${description.phase}.` : ''}
      </p>
      {state.status === 'starting' && description ? (
        <ProgressBar
          label={description.phase}
          value={totalBytes ? loadedBytes : undefined}
          max={totalBytes}
          valueText={description.amount}
        />
      ) : null}
      {state.status === 'ready' && state.port.device ? (
        <DeviceDatabasePanel device={state.port.device} />
      ) : null}
      {state.status === 'failed' ? (
        <ErrorPanel title="The database could not start" message={state.message}>
          <p>The ward map still works; saving and the asset list need the database.</p>
          {state.recover ? <RecoverButton {...state.recover} /> : null}
        </ErrorPanel>
      ) : null}
    </div>
  )
}

// The way out the data layer offers (e.g. deleting a damaged local database); disabled while it
// runs so that a second press cannot start it twice.
function RecoverButton({ label, run }: { label: string; run: () => Promise<void> }) {
  const [running, setRunning] = useState(false)
  return (
    <button
      type="button"
      className="error-panel__action"
      disabled={running}
      onClick={() => {
        setRunning(true)
        run().finally(() => setRunning(false))
      }}
    >
      {label}
    </button>
  )
}
