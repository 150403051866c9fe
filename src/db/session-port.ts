import type { AppRole } from '../core/session/app-role'
import type { Session } from '../core/session/session'

/** Who is using the app, and how they sign in (or, in local mode, which role they act in). */
export interface SessionPort {
  /**
   * Local mode: this device's single user may act in any role (or as the public), chosen in the
   * app and labelled clearly. Connected mode: roles are granted by administrators.
   */
  readonly rolesChosenOnDevice: boolean
  current(): Promise<Session>
  /** Calls `onChange` when the person signs in or out or their role changes; returns a stop function. */
  subscribe(onChange: (session: Session) => void): () => void
  /** Local mode only: act as the public (`null`) or in one role. */
  actAs(role: AppRole | null): Promise<Session>
  /** Connected mode: sign in with email and password. */
  signInWithPassword(email: string, password: string): Promise<Session>
  /** Connected mode: email a sign-in link. */
  sendSignInLink(email: string): Promise<void>
  signOut(): Promise<void>
}

/** A person holding roles, as administrators see them. */
export interface Member {
  userId: string
  email: string
  roles: AppRole[]
}

/** Administrators: who holds which role, granting and revoking. */
export interface MembersPort {
  list(): Promise<Member[]>
  /** Grants a role to the person who signs in with `email`. */
  grant(email: string, role: AppRole): Promise<void>
  revoke(userId: string, role: AppRole): Promise<void>
}
