import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'

/**
 * A refusal is the database's answer (it carries a SQLSTATE `code`, as every DataError from a
 * refusal does): asking again gets the same answer. Told apart by its code rather than by
 * `instanceof DataError`, so that the entry chunk does not load data-error.ts, whose row schemas
 * would be built before main.tsx turns Zod's eval probe off.
 */
const isRefusal = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { code?: unknown }).code === 'string'

function newQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A failure of the connection may pass: one more try; a refusal will not.
        retry: (failures, error) => failures < 1 && !isRefusal(error),
        retryDelay: 500,
        // Reads happen when a screen asks (and again on a change); some are audit-logged
        // (residents shared with partners), so switching tabs must not repeat them.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  })
}

/** The one cache of the app's reads through the data port (and of each component test). */
export function PortQueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(newQueryClient)
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
