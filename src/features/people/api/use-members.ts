import { useState } from 'react'
import type { AppRole } from '../../../core/session/app-role'
import { useInvalidate, usePortCall, usePortQuery } from '../../../db/use-port-query'

/** Administrators: the people holding roles, with grant and revoke. */
export function useMembers() {
  const { value, error } = usePortQuery(['members'], (port) => port.members.list())
  const call = usePortCall()
  const invalidate = useInvalidate()
  // A refused grant or revoke, until the next change succeeds.
  const [refusal, setRefusal] = useState<string | null>(null)
  const change = async (work: Parameters<typeof call>[0]) => {
    try {
      await call(work)
      setRefusal(null)
      await invalidate(['members'])
    } catch (failure) {
      setRefusal(failure instanceof Error ? failure.message : String(failure))
    }
  }
  return {
    members: value ?? null,
    error: refusal ?? error,
    grant: (email: string, role: AppRole) => change((port) => port.members.grant(email, role)),
    revoke: (userId: string, role: AppRole) => change((port) => port.members.revoke(userId, role)),
  }
}
