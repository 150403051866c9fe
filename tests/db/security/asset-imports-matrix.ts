// The policy matrix's rows for asset imports (20261208170000_asset_imports.sql). Every person
// has an import of their own seeded; each reads only theirs, and only builders and admins may
// stage, publish or undo. The functions find the caller's own import by reading asset_imports as
// the caller, so a role that could read another's import would act on it and show here.
import type { ByRole, MatrixEntry, MatrixUsers, Outcome, SelectExpectation } from './policy-matrix'
import { signedIn } from './matrix-roles'
import { writtenByFunctionsOnly } from './matrix-entries'

// Not no_role: the matrix compares roles held in another programme with no_role, and a person's
// own import is theirs whatever their programme.
const PEOPLE = [
  'resident',
  'builder',
  'lead',
  'coordinator',
  'partner',
  'safeguarding',
  'admin',
  'other',
] as const

/** The caller's own seeded import (null when they have none, which every function refuses). */
const OWN_IMPORT = `(select import_id from public.asset_imports where created_by = (select auth.uid()) limit 1)`

const ownOnly = (suffix: string): ByRole<SelectExpectation> => ({
  ...signedIn<SelectExpectation>([]),
  ...Object.fromEntries(
    PEOPLE.filter((p) => p !== 'other').map((person) => [person, [`${person} ${suffix}`]]),
  ),
})

const importers = <T>(yes: T, no: T) => ({ ...signedIn<T>(no), builder: yes, admin: yes })

const seedImports = (users: MatrixUsers) =>
  PEOPLE.map((person) => ({
    sql: `insert into public.asset_imports (import_id, created_by, file_name)
          values (md5($1)::uuid, $2, $1)
          returning file_name as label, import_id::text as key`,
    params: [`${person} import`, users[person]],
  }))

export const ASSET_IMPORTS_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.asset_imports': {
    kind: 'table',
    key: 'import_id',
    seed: seedImports,
    select: ownOnly('import'),
    cases: writtenByFunctionsOnly('public.asset_imports', 'file_name'),
  },
  'public.asset_import_rows': {
    kind: 'table',
    key: `import_id::text || ' ' || row_number`,
    seed: () => [
      {
        sql: `insert into public.asset_import_rows (import_id, row_number, client_id, content, status, reason)
              select i.import_id, 1, gen_random_uuid(), '{}', 'refused', 'seeded'
              from public.asset_imports i where i.file_name like '% import'
              returning (select replace(file_name, 'import', 'row') from public.asset_imports i
                         where i.import_id = asset_import_rows.import_id) as label,
                import_id::text || ' ' || row_number as key`,
      },
    ],
    select: ownOnly('row'),
    cases: writtenByFunctionsOnly('public.asset_import_rows', 'reason'),
  },
  'public.stage_asset_import_rows(uuid, text, jsonb)': {
    kind: 'function',
    cases: [
      {
        name: 'a row staged into a new import',
        op: 'execute',
        statement: () => ({
          sql: `select * from public.stage_asset_import_rows(gen_random_uuid(), 'matrix.csv', $1::jsonb)`,
          params: [
            JSON.stringify([{ row: 1, name: 'Hall', kind: 'physical_space', lng: 0.9, lat: 51.9 }]),
          ],
        }),
        expect: importers<Outcome>('ok', 'refused'),
      },
    ],
  },
  'public.publish_asset_import(uuid, boolean)': {
    kind: 'function',
    cases: [
      {
        name: 'publishing their own import',
        op: 'execute',
        statement: () => ({
          sql: `select * from public.publish_asset_import(${OWN_IMPORT}, true)`,
        }),
        expect: importers<Outcome>('ok', 'refused'),
      },
    ],
  },
  'public.undo_asset_import(uuid)': {
    kind: 'function',
    cases: [
      {
        name: 'discarding their own import',
        op: 'execute',
        statement: () => ({ sql: `select * from public.undo_asset_import(${OWN_IMPORT})` }),
        expect: importers<Outcome>('ok', 'refused'),
      },
    ],
  },
}
