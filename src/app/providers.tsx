import { useEffect, useState, type ReactNode } from 'react'
import { appConfig } from './app-config'
import { DataPortContext, type DataPortState } from '../db/data-port-context'
import { createDataPort, resetLocalDatabase } from './create-data-port'
import { startupWatchdog } from './startup-watchdog'
import { PortQueryProvider } from '../db/port-query-provider'

// First visits download ~13 MB on possibly slow Wi-Fi, but each chunk counts as progress.
const STARTUP_QUIET_MS = 60_000

/** Starts the data layer once and provides its state, and the one cache of its reads, to every feature. */
export function Providers({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataPortState>(
    appConfig instanceof Error
      ? { status: 'failed', message: appConfig.message }
      : { status: 'starting', progress: { phase: 'opening' } },
  )
  useEffect(() => {
    if (appConfig instanceof Error) return
    const config = appConfig
    let active = true
    const watchdog = startupWatchdog(STARTUP_QUIET_MS)
    const started = createDataPort(config, (progress) => {
      watchdog.progress()
      if (active) setState({ status: 'starting', progress })
    })
    Promise.race([started, watchdog.expired])
      .then((port) => active && setState({ status: 'ready', port }))
      .catch((error: unknown) => {
        if (!active) return
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
          ...(config.supabase
            ? {}
            : {
                recover: {
                  label: 'Start again with a fresh local database',
                  run: () => resetLocalDatabase().then(() => location.reload()),
                },
              }),
        })
      })
      .finally(() => watchdog.stop())
    return () => {
      active = false
      watchdog.stop()
    }
  }, [])
  return (
    <DataPortContext.Provider value={state}>
      <PortQueryProvider>{children}</PortQueryProvider>
    </DataPortContext.Provider>
  )
}
