// The roles the policy matrix acts as, and the shorthands every matrix file writes its
// expectations with. Kept apart from policy-matrix.ts, which imports the area files.

/** Who acts: anon, a signed-in person with no role, and one person per programme role. */
export const ROLES = [
  'anon',
  'no_role',
  'resident',
  'builder',
  'lead',
  'coordinator',
  'partner',
  'safeguarding',
  'admin',
] as const
export type Role = (typeof ROLES)[number]
export type ByRole<T> = Readonly<Record<Role, T>>

/** The roles a person holds in a programme (every role but anon and no_role). */
export const PROGRAMME_ROLES = ROLES.filter(
  (role): role is Exclude<Role, 'anon' | 'no_role'> => role !== 'anon' && role !== 'no_role',
)
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number]

/** Every role gets `value`. */
export const everyone = <T>(value: T): ByRole<T> =>
  Object.fromEntries(ROLES.map((role) => [role, value])) as Record<Role, T>

/** Signed-in people get `value`, anon is denied (it holds no privilege). */
export const signedIn = <T>(value: T): ByRole<T | 'denied'> => ({
  ...everyone<T | 'denied'>(value),
  anon: 'denied',
})
