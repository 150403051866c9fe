import { z } from 'zod'
import { APP_ROLES, type AppRole } from '../../core/session/app-role'
import { CAPABILITIES, type Capability } from '../../core/session/capability'
import type { Member } from '../session-port'

const memberRowSchema = z.object({
  user_id: z.string(),
  email: z.string(),
  roles: z.array(z.enum(APP_ROLES)),
})

/** A row of `admin_list_members()`. */
export function toMember(row: unknown): Member {
  const value = memberRowSchema.parse(row)
  return { userId: value.user_id, email: value.email, roles: value.roles }
}

/** Rows of `{ role }` (one's own memberships) as a list of roles. */
export function toRoleList(rows: unknown[]): AppRole[] {
  return z
    .array(z.object({ role: z.enum(APP_ROLES) }))
    .parse(rows)
    .map((row) => row.role)
}

/** Rows of `my_capabilities()` as the distinct capabilities, in any programme. */
export function toCapabilityList(rows: unknown[]): Capability[] {
  const names = z
    .array(z.object({ capability: z.enum(CAPABILITIES) }))
    .parse(rows)
    .map((row) => row.capability)
  return [...new Set(names)].sort()
}
