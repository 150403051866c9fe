// The policy matrix's rows for role management (supabase/migrations/20261123170000_*): only
// administrators list people with their emails and grant roles by email.
import type { ByRole, MatrixEntry, Outcome } from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'

/** Admins may; other signed-in people are refused by the function; anon holds no privilege. */
const adminsOnly: ByRole<Outcome> = { ...signedIn<Outcome>('refused'), admin: 'ok' }

export const ROLES_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.admin_list_members()': {
    kind: 'function',
    cases: [
      {
        name: 'the people holding roles',
        op: 'execute',
        statement: () => ({ sql: 'select * from public.admin_list_members()' }),
        expect: adminsOnly,
      },
    ],
  },
  'public.admin_grant_role(text, app_role, uuid, text[])': {
    kind: 'function',
    cases: [
      {
        name: 'the lead role for someone who has signed in',
        op: 'execute',
        statement: (users) => ({
          sql: `select public.admin_grant_role($1, 'lead')`,
          params: [`${users.other}@example.test`],
        }),
        expect: adminsOnly,
      },
    ],
  },
  'public.my_capabilities()': {
    kind: 'function',
    cases: [
      {
        name: 'what the app may offer the caller',
        op: 'execute',
        statement: () => ({ sql: 'select * from public.my_capabilities()' }),
        expect: everyone('ok'),
      },
    ],
  },
}
