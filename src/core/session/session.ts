import type { AppRole } from './app-role'
import type { Capability } from './capability'

/** Who is using the app: signed out (the public), or a person with the roles they hold. */
export interface Session {
  signedIn: boolean
  email: string | null
  roles: AppRole[]
  /** What the roles allow, in any programme (`my_capabilities()`), for showing and hiding. */
  capabilities: Capability[]
}

/** The public: nobody signed in. */
export const SIGNED_OUT: Session = { signedIn: false, email: null, roles: [], capabilities: [] }
