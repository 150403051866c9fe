import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppRole } from '../../../core/session/app-role'
import type { Session } from '../../../core/session/session'
import { useDataPort } from '../../../db/data-port-context'
import { NOT_READY } from '../../../db/use-port-query'

// Who is acting is what every other read is keyed by (ActingPerson), so its own key has no person.
const SESSION_KEY = ['session']

/** Who is using the app, kept current, with the ways to change it; `session` is null while loading. */
export function useSession() {
  const state = useDataPort()
  const port = state.status === 'ready' ? state.port : null
  const client = useQueryClient()
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => (port ? port.session.current() : Promise.reject(new Error(NOT_READY))),
    enabled: port !== null,
    // Changes arrive from the port (a sign-in in another tab, an expired token), never by asking.
    staleTime: Infinity,
  })
  const [actionError, setActionError] = useState<string | null>(null)
  // Counts the changes asked for, so an answer overtaken by a later choice never undoes it.
  const latest = useRef(0)

  const settle = useCallback(
    (value: Session) => {
      // An earlier read still under way must not land after this answer.
      void client.cancelQueries({ queryKey: SESSION_KEY })
      client.setQueryData(SESSION_KEY, value)
    },
    [client],
  )

  useEffect(() => {
    if (!port) return
    return port.session.subscribe((value) => {
      latest.current++
      settle(value)
    })
  }, [port, settle])

  const attempt = useCallback(async (work: () => Promise<unknown>) => {
    setActionError(null)
    try {
      await work()
    } catch (failure) {
      setActionError(failure instanceof Error ? failure.message : String(failure))
    }
  }, [])

  return {
    session: query.data ?? null,
    error: actionError ?? query.error?.message ?? null,
    rolesChosenOnDevice: port?.session.rolesChosenOnDevice ?? false,
    actAs: (role: AppRole | null) =>
      attempt(async () => {
        if (!port) return
        const asked = ++latest.current
        const value = await port.session.actAs(role)
        if (asked === latest.current) settle(value)
      }),
    signInWithPassword: (email: string, password: string) =>
      attempt(async () => port && settle(await port.session.signInWithPassword(email, password))),
    sendSignInLink: (email: string) =>
      attempt(async () => port && port.session.sendSignInLink(email)),
    signOut: () => attempt(async () => port && port.session.signOut()),
  }
}

export type SessionControls = ReturnType<typeof useSession>
