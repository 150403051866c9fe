import type { AppRole } from './app-role'

/** Who is using the app: signed out (the public), or a person with the roles they hold. */
export interface Session {
  signedIn: boolean
  email: string | null
  roles: AppRole[]
}

/** The public: nobody signed in. */
export const SIGNED_OUT: Session = { signedIn: false, email: null, roles: [] }
