// The policy matrix's rows for the Open Referral UK import (20261208120000_directory_import.sql).
// import_directory runs as its caller and reports a refusal per record instead of raising, so the
// matrix sees every signed-in role run it (a dry run); who may write which record is shown in
// tests/db/directory-import.test.ts. directory_page reads as its caller, so anyone may call it.
// map_external_term changes only schemes the caller may edit:
// for the person of no organisation it changes none.
import type { MatrixEntry, Outcome } from './policy-matrix'
import { everyone, signedIn } from './matrix-roles'
import { ORG_A_ID } from './partners-matrix'

export const DIRECTORY_IMPORT_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.import_directory(jsonb, boolean, boolean)': {
    kind: 'function',
    cases: [
      {
        name: "a dry run of organisation A's details",
        op: 'execute',
        statement: () => ({
          sql: `select * from public.import_directory($1::jsonb, true)`,
          params: [
            JSON.stringify([
              {
                record_no: 1,
                record_type: 'organization',
                record_id: ORG_A_ID,
                organisation: { id: ORG_A_ID, name: 'Matrix organisation A' },
                warnings: [],
              },
            ]),
          ],
        }),
        expect: signedIn<Outcome>('ok'),
      },
    ],
  },
  'public.directory_page(text, text, text, uuid, integer, integer)': {
    kind: 'function',
    cases: [
      {
        name: 'a page of the directory (what directory_service shows the caller)',
        op: 'execute',
        statement: () => ({ sql: `select public.directory_page('matrix', 'food')` }),
        expect: everyone<Outcome>('ok'),
      },
    ],
  },
  'public.map_external_term(text, text, text)': {
    kind: 'function',
    cases: [
      {
        name: 'mapping a term to a theme',
        op: 'execute',
        statement: () => ({ sql: `select public.map_external_term('matrix', 'term', 'food')` }),
        expect: signedIn<Outcome>('ok'),
      },
    ],
  },
}
