// A database seeded for the policy matrix: the migrations, one person per role (and `other`, who
// holds none), and every relation's seed rows, labelled. The matrix test and the location privacy
// test both start from it.
import {
  actAs,
  createOtherProgramme,
  createUser,
  openTestDatabase,
  type Actor,
  type TestDatabase,
} from '../support/test-database'
import {
  POLICY_MATRIX,
  ROLES,
  type ByRole,
  type MatrixEntry,
  type MatrixUsers,
  type Outcome,
  type Statement,
} from './policy-matrix'
import { PROGRAMME_ROLES, type ProgrammeRole } from './matrix-roles'

export interface MatrixDatabase {
  db: TestDatabase
  users: MatrixUsers
  actors: ByRole<Actor>
  /**
   * The same programme roles held in a second programme that covers none of the seeded rows (and
   * owning none of them): each should fare as a signed-in person with no role.
   */
  otherProgrammeActors: Readonly<Record<ProgrammeRole, Actor>>
  /** Relation name → (key → label) of the rows its seed made. */
  seeded: ReadonlyMap<string, ReadonlyMap<string, string>>
}

/** Opens a migrated database with the matrix's people and seed rows. */
export async function openMatrixDatabase(
  matrix: Readonly<Record<string, MatrixEntry>> = POLICY_MATRIX,
): Promise<MatrixDatabase> {
  const db = await openTestDatabase()
  const users: Record<string, string> = {
    other: await createUser(db),
    no_role: await createUser(db),
  }
  for (const role of ROLES) {
    if (role !== 'anon' && role !== 'no_role') users[role] = await createUser(db, [role])
  }
  const actors = Object.fromEntries(
    ROLES.map((role): [string, Actor] => [
      role,
      role === 'anon' ? { role: 'anon' } : { role: 'authenticated', userId: users[role]! },
    ]),
  ) as Record<(typeof ROLES)[number], Actor>
  const seeded = new Map<string, Map<string, string>>()
  // Tables first, then views, which label the rows of the tables they read.
  const relations = Object.entries(matrix).flatMap(([name, entry]) =>
    entry.kind === 'function' ? [] : [{ name, entry }],
  )
  relations.sort((a, b) => Number(a.entry.kind === 'view') - Number(b.entry.kind === 'view'))
  for (const { name, entry } of relations) {
    const labels = new Map<string, string>()
    for (const statement of entry.seed(users as MatrixUsers)) {
      const rows = await db.admin.query<{ label: string; key: string }>(
        statement.sql,
        statement.params ?? [],
      )
      for (const row of rows) labels.set(row.key, row.label)
    }
    seeded.set(name, labels)
  }
  // Made after the seeds, so that their memberships are no seeded row.
  const elsewhere = await createOtherProgramme(db)
  const otherProgrammeActors = {} as Record<ProgrammeRole, Actor>
  for (const role of PROGRAMME_ROLES) {
    otherProgrammeActors[role] = {
      role: 'authenticated',
      userId: await createUser(db, [role], elsewhere),
    }
  }
  return { db, users: users as MatrixUsers, actors, otherProgrammeActors, seeded }
}

/** What a statement did: an Outcome, or the unexpected error's message. */
export type Observed = Outcome | `error: ${string}`

/**
 * Runs one statement as the actor in a transaction that is rolled back, and says what happened.
 */
export async function tryAs<Row = Record<string, unknown>>(
  db: TestDatabase,
  actor: Actor,
  statement: Statement,
): Promise<{ outcome: Observed; rows: Row[] }> {
  try {
    const rows = await actAs(db, actor, (query) =>
      query<Row>(statement.sql, statement.params ?? []),
    )
    return { outcome: 'ok', rows }
  } catch (error) {
    return { outcome: classifyRefusal(error), rows: [] }
  }
}

/**
 * `denied`: no privilege (or a view nobody can write); `refused`: Row Level Security refused the
 * row, or a function refused the caller with SQLSTATE 42501 and a message of its own.
 */
export function classifyRefusal(error: unknown): Observed {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown }).code
  if (/^permission denied for /.test(message)) return 'denied'
  if (/^cannot (insert into|update|delete from) view /.test(message)) return 'denied'
  if (/violates row-level security policy/.test(message) || code === '42501') return 'refused'
  return `error: ${message}`
}
