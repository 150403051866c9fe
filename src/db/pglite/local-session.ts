import type { AppRole } from '../../core/session/app-role'
import { SIGNED_OUT, type Session } from '../../core/session/session'
import { DataError } from '../data-error'
import type { MembersPort, SessionPort } from '../session-port'
import type { ActingRoleStore } from './acting-role-store'
import type { AsActor, LocalActor, LocalDatabase } from './local-database'
import { LOCAL_USER_ID } from './local-user'
import { myCapabilities } from '../calls'
import { toRoleList } from '../rows/member-row'
import { rpcMembersPort } from '../rpc-ports/rpc-members-port'
import { actorCaller } from './actor-caller'
import { sqlCaller } from './sql-caller'

const LOCAL_EMAIL = 'you@this-device.local'

/**
 * Local mode's session: the device's single user acts as the public or in one chosen role. The
 * choice is written to the database's memberships by the device owner's own connection (this is
 * their database), so that every call afterwards is checked by Row Level Security as that role.
 * The role is held in `programme` (a programme's slug, from the region's manifest).
 */
export function localSession(db: LocalDatabase, store: ActingRoleStore, programme: string) {
  const actor = (): LocalActor | null =>
    store.read() ? { userId: LOCAL_USER_ID, email: LOCAL_EMAIL } : null
  const applyRole = (role: AppRole | null) =>
    role === null
      ? Promise.resolve()
      : db.transaction(async (query) => {
          await query('delete from public.memberships where user_id = $1 and role <> $2', [
            LOCAL_USER_ID,
            role,
          ])
          await query(
            `insert into public.memberships (programme_id, user_id, role)
             values ((select programme_id from public.programmes where slug = $1), $2, $3)
             on conflict do nothing`,
            [programme, LOCAL_USER_ID, role],
          )
        })
  return {
    actor,
    /** Makes the database agree with the stored choice (at start-up). */
    restore: () => applyRole(store.read()),
    device: {
      async actAs(role: AppRole | null): Promise<void> {
        await applyRole(role)
        store.write(role)
      },
      subscribe: store.subscribe,
    },
  }
}

/** How this device's user chooses who they act as (local mode). */
export interface LocalDevice {
  actAs(role: AppRole | null): Promise<void>
  subscribe(onChange: () => void): () => void
}

/**
 * The SessionPort over the local adapter. Roles are read as the acting user, through RLS, so the
 * session says what the database will allow. Without `device` (tests), the actor is fixed.
 */
export function localSessionPort(
  asActor: AsActor,
  actor: () => LocalActor | null,
  device?: {
    actAs(role: AppRole | null): Promise<void>
    subscribe(onChange: () => void): () => void
  },
): SessionPort {
  const listeners = new Set<(session: Session) => void>()
  const current = async (): Promise<Session> => {
    const who = actor()
    if (!who) return SIGNED_OUT
    const { roles, capabilities } = await asActor(async (query) => ({
      roles: toRoleList(
        await query(
          'select role::text as role from public.memberships where user_id = (select auth.uid()) order by role',
        ),
      ),
      capabilities: await sqlCaller(query)(myCapabilities, {}),
    }))
    return { signedIn: true, email: who.email, roles, capabilities }
  }
  const announce = async () => {
    const session = await current()
    for (const listener of listeners) listener(session)
    return session
  }
  const noPasswords = () =>
    Promise.reject(
      new DataError('Local mode has no accounts: choose who you act as on this device instead.'),
    )
  return {
    rolesChosenOnDevice: device !== undefined,
    current,
    subscribe(onChange) {
      listeners.add(onChange)
      const stop = device?.subscribe(() => void announce()) ?? (() => {})
      return () => {
        listeners.delete(onChange)
        stop()
      }
    },
    async actAs(role) {
      if (!device) throw new DataError('Roles are granted by an administrator.')
      await device.actAs(role)
      return announce()
    },
    signInWithPassword: noPasswords,
    sendSignInLink: noPasswords,
    async signOut() {
      if (device) {
        await device.actAs(null)
        await announce()
      }
    },
  }
}

/** Administrators' people screen over the local adapter (the same SQL as connected mode). */
export function localMembersPort(asActor: AsActor): MembersPort {
  return {
    ...rpcMembersPort(actorCaller(asActor)),
    revoke: (userId, role) =>
      asActor(async (query) => {
        await query('delete from public.memberships where user_id = $1 and role = $2', [
          userId,
          role,
        ])
      }),
  }
}
