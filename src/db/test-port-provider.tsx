import type { ReactNode } from 'react'
import { DataPortContext } from './data-port-context'
import type { DataPort } from './port'
import { PortQueryProvider } from './port-query-provider'

/** For component tests: `port` ready, and a query cache of the test's own. */
export function TestPortProvider({ port, children }: { port: DataPort; children: ReactNode }) {
  return (
    <DataPortContext value={{ status: 'ready', port }}>
      <PortQueryProvider>{children}</PortQueryProvider>
    </DataPortContext>
  )
}
