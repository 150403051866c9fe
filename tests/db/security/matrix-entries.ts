// Entry builders shared by the policy matrix's area files.
import type {
  ByRole,
  Outcome,
  RelationEntry,
  RowsExpectation,
  SelectExpectation,
} from './policy-matrix'
import { everyone } from './matrix-roles'

/** SQL naming a seeded asset by its name (the assets the public.assets entry seeds). */
export const assetId = (name: string) =>
  `(select asset_id from public.assets where name = '${name}')`

/** A view nobody writes through; its seeded rows are the seeded rows of what it reads. */
export function readOnlyView(view: {
  name: string
  key: string
  /** SQL expression labelling a row (the superuser reads every row). */
  label: string
  touch: string
  select: ByRole<SelectExpectation>
}): RelationEntry {
  return {
    kind: 'view',
    key: view.key,
    seed: () => [
      { sql: `select ${view.label} as label, (${view.key})::text as key from ${view.name}` },
    ],
    select: view.select,
    cases: [
      {
        name: 'a row',
        op: 'insert',
        statement: () => ({ sql: `insert into ${view.name} default values` }),
        expect: everyone('denied'),
      },
      {
        name: view.touch,
        op: 'update',
        set: `${view.touch} = ${view.touch}`,
        expect: everyone('denied'),
      },
      { name: 'a row', op: 'delete', expect: everyone('denied') },
    ],
  }
}

/** A table no API role writes directly (only its functions do): every write is denied. */
export const writtenByFunctionsOnly = (table: string, column: string): RelationEntry['cases'] => [
  {
    name: 'a row',
    op: 'insert',
    statement: () => ({ sql: `insert into ${table} default values` }),
    expect: everyone<Outcome>('denied'),
  },
  {
    name: column,
    op: 'update',
    set: `${column} = ${column}`,
    expect: everyone<RowsExpectation>('denied'),
  },
  { name: 'a row', op: 'delete', expect: everyone<RowsExpectation>('denied') },
]
