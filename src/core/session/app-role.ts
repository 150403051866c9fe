/** The roles a person can hold in a programme, as the database's `app_role` enum. */
export const APP_ROLES = [
  'resident',
  'builder',
  'lead',
  'coordinator',
  'partner',
  'safeguarding',
  'admin',
] as const

export type AppRole = (typeof APP_ROLES)[number]

/** Each role in plain words, for the role switcher and the people screen. */
export const ROLE_LABELS: Record<AppRole, string> = {
  resident: 'Resident',
  builder: 'Community builder',
  lead: 'Network lead',
  coordinator: 'Time bank coordinator',
  partner: 'Partner organisation',
  safeguarding: 'Safeguarding',
  admin: 'Administrator',
}
