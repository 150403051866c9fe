// The policy matrix's rows for editing the scheme themes and mapping imported terms
// (supabase/migrations/20261208140000_scheme_theme_editing.sql): only edit_taxonomy moves a theme;
// the summary of imported terms reads through scheme_external_terms' policy, so each role sees the
// terms of the schemes it may read (seeded by the partners' matrix: one term on every scheme).
import type { MatrixEntry, Outcome, SelectExpectation } from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'
import { readOnlyView } from './matrix-entries'

export const SCHEME_TAXONOMY_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.move_scheme_theme(text, integer)': {
    kind: 'function',
    cases: [
      {
        name: 'a theme one place down',
        op: 'execute',
        statement: () => ({ sql: `select * from public.move_scheme_theme('food', 1)` }),
        expect: { ...signedIn<Outcome>('refused'), admin: 'ok' },
      },
    ],
  },
  'public.external_term_summary': readOnlyView({
    name: 'public.external_term_summary',
    key: `vocabulary || ' ' || term_code`,
    label: 'term_name',
    touch: 'term_name',
    select: everyone<SelectExpectation>(['Matrix term']),
  }),
}
