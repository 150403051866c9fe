import type { Actor, TestDatabase } from './test-database'

/**
 * Runs one statement as the actor, as PostgREST would, and commits it, for tests whose later
 * steps need the write to have happened (actAs rolls back). Returns the statement's rows.
 */
export function commitAs<Row = Record<string, unknown>>(
  db: TestDatabase,
  actor: Actor,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  return db.admin.transaction(async (tx) => {
    await tx.query(`select set_config('role', $1, true)`, [actor.role])
    const claims =
      actor.role === 'anon' ? { role: 'anon' } : { role: 'authenticated', sub: actor.userId }
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)])
    return tx.query<Row>(sql, params)
  })
}
