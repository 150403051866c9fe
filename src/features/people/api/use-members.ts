import { useCallback, useEffect, useState } from 'react'
import type { AppRole } from '../../../core/session/app-role'
import { useDataPort } from '../../../db/data-port-context'
import type { Member } from '../../../db/session-port'

/** Administrators: the people holding roles, with grant and revoke. */
export function useMembers() {
  const state = useDataPort()
  const port = state.status === 'ready' ? state.port : null
  const [members, setMembers] = useState<Member[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    if (!port) return
    try {
      setMembers(await port.members.list())
      setError(null)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }, [port])

  useEffect(() => {
    if (!port) return
    let active = true
    port.members.list().then(
      (rows) => active && setMembers(rows),
      (failure: Error) => active && setError(failure.message),
    )
    return () => {
      active = false
    }
  }, [port])

  const change = (work: () => Promise<void>) => async () => {
    try {
      await work()
      await reload()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }
  return {
    members,
    error,
    grant: (email: string, role: AppRole) => change(async () => port?.members.grant(email, role))(),
    revoke: (userId: string, role: AppRole) =>
      change(async () => port?.members.revoke(userId, role))(),
  }
}
