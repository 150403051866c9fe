import type { AppRole } from '../../core/session/app-role'
import { APP_ROLES } from '../../core/session/app-role'

/** Where local mode keeps who this device's user acts as: a role, or `null` for the public. */
export interface ActingRoleStore {
  read(): AppRole | null
  write(role: AppRole | null): void
  /** Calls `onChange` when another tab changes it; returns a stop function. */
  subscribe(onChange: () => void): () => void
}

const KEY = 'community-asset-map:acting-as'
/** A first visit acts as a builder: the person running a workshop on their own laptop. */
const FIRST_ROLE: AppRole = 'builder'

const parse = (value: string | null): AppRole | null =>
  value === 'public' ? null : (APP_ROLES.find((role) => role === value) ?? FIRST_ROLE)

/** The choice in localStorage, shared by this browser's tabs (the `storage` event tells the others). */
export function browserActingRoleStore(): ActingRoleStore {
  return {
    read: () => parse(localStorage.getItem(KEY)),
    write: (role) => localStorage.setItem(KEY, role ?? 'public'),
    subscribe(onChange) {
      const listener = (event: StorageEvent) => {
        if (event.key === KEY) onChange()
      }
      addEventListener('storage', listener)
      return () => removeEventListener('storage', listener)
    },
  }
}

/** The choice held in memory (tests, and browsers without storage). */
export function memoryActingRoleStore(initial: AppRole | null = FIRST_ROLE): ActingRoleStore {
  let role = initial
  return {
    read: () => role,
    write: (value) => {
      role = value
    },
    subscribe: () => () => {},
  }
}
