import type { SupabaseClient, User } from '@supabase/supabase-js'
import { SIGNED_OUT, type Session } from '../../core/session/session'
import { DataError, toDataError } from '../data-error'
import { myCapabilities } from '../calls'
import { toRoleList } from '../rows/member-row'
import { rpcMembersPort } from '../rpc-ports/rpc-members-port'
import type { MembersPort, SessionPort } from '../session-port'
import { postgrestCaller } from './postgrest-caller'
import { rowsOf } from './supabase-data-port'

/**
 * Connected mode's session: Supabase Auth (email and password, or an emailed sign-in link); the
 * roles are the person's own memberships, read through Row Level Security.
 */
export function supabaseSessionPort(
  client: SupabaseClient,
  signInLinkUrl: () => string,
): SessionPort {
  const sessionOf = async (user: User | null): Promise<Session> => {
    if (!user) return SIGNED_OUT
    const roles = toRoleList(
      rowsOf(await client.from('memberships').select('role').eq('user_id', user.id).order('role')),
    )
    const capabilities = await postgrestCaller(client)(myCapabilities, {})
    return { signedIn: true, email: user.email ?? null, roles, capabilities }
  }
  return {
    rolesChosenOnDevice: false,
    async current() {
      const { data, error } = await client.auth.getSession()
      if (error) throw toDataError(error)
      return sessionOf(data.session?.user ?? null)
    },
    subscribe(onChange) {
      const { data } = client.auth.onAuthStateChange((_event, session) => {
        void sessionOf(session?.user ?? null).then(onChange, () => onChange(SIGNED_OUT))
      })
      return () => data.subscription.unsubscribe()
    },
    actAs: () => Promise.reject(new DataError('Roles are granted by an administrator.')),
    async signInWithPassword(email, password) {
      const { data, error } = await client.auth.signInWithPassword({ email, password })
      if (error) throw new DataError(error.message)
      return sessionOf(data.user)
    },
    async sendSignInLink(email) {
      const { error } = await client.auth.signInWithOtp({
        email,
        options: { emailRedirectTo: signInLinkUrl(), shouldCreateUser: true },
      })
      if (error) throw new DataError(error.message)
    },
    async signOut() {
      const { error } = await client.auth.signOut()
      if (error) throw new DataError(error.message)
    },
  }
}

/** Administrators' people screen over PostgREST (the same SQL as local mode). */
export function supabaseMembersPort(client: SupabaseClient): MembersPort {
  return {
    ...rpcMembersPort(postgrestCaller(client)),
    async revoke(userId, role) {
      rowsOf(await client.from('memberships').delete().eq('user_id', userId).eq('role', role))
    },
  }
}
