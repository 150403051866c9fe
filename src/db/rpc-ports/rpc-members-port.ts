import type { Caller } from '../call'
import { adminGrantRole, adminListMembers } from '../calls'
import type { MembersPort } from '../session-port'

/** Administrators' people screen: the SQL functions, the same in both adapters. */
export function rpcMembersPort(call: Caller): Omit<MembersPort, 'revoke'> {
  return {
    list: () => call(adminListMembers, {}),
    grant: async (email, role) => {
      await call(adminGrantRole, { p_email: email, p_role: role })
    },
  }
}
