import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppRole } from '../../../core/session/app-role'
import type { Session } from '../../../core/session/session'
import { useDataPort } from '../../../db/data-port-context'

/** Who is using the app, kept current, with the ways to change it; `session` is null while loading. */
export function useSession() {
  const state = useDataPort()
  const port = state.status === 'ready' ? state.port : null
  const [session, setSession] = useState<Session | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Counts the changes asked for, so an answer overtaken by a later choice never undoes it.
  const latest = useRef(0)

  useEffect(() => {
    if (!port) return
    let active = true
    const asked = ++latest.current
    port.session.current().then(
      (value) => active && asked === latest.current && setSession(value),
      (failure: Error) => active && setError(failure.message),
    )
    const stop = port.session.subscribe((value) => {
      latest.current++
      if (active) setSession(value)
    })
    return () => {
      active = false
      stop()
    }
  }, [port])

  const attempt = useCallback(async (work: () => Promise<unknown>) => {
    setError(null)
    try {
      await work()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }, [])

  return {
    session,
    error,
    rolesChosenOnDevice: port?.session.rolesChosenOnDevice ?? false,
    actAs: (role: AppRole | null) =>
      attempt(async () => {
        if (!port) return
        const asked = ++latest.current
        const value = await port.session.actAs(role)
        if (asked === latest.current) setSession(value)
      }),
    signInWithPassword: (email: string, password: string) =>
      attempt(
        async () => port && setSession(await port.session.signInWithPassword(email, password)),
      ),
    sendSignInLink: (email: string) =>
      attempt(async () => port && port.session.sendSignInLink(email)),
    signOut: () => attempt(async () => port && port.session.signOut()),
  }
}

export type SessionControls = ReturnType<typeof useSession>
