import type { SqlClient } from '../sql-client'
import type { Migration } from './migration'

/**
 * Applies the migrations a database has not had yet, each in its own transaction together with
 * its row in `supabase_migrations.schema_migrations` (the table the Supabase CLI keeps), so a
 * repeat run applies nothing and an upgrade applies only what is new. Rows a user made stay.
 *
 * @returns the versions applied by this call, oldest first
 * @throws Error naming the migration that failed; that migration and later ones are not applied
 */
export async function applyMigrations(
  client: SqlClient,
  migrations: readonly Migration[],
): Promise<string[]> {
  await client.exec(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (
      version text primary key,
      statements text[],
      name text
    );
  `)
  const rows = await client.query<{ version: string }>(
    'select version from supabase_migrations.schema_migrations',
  )
  const done = new Set(rows.map((row) => row.version))
  const applied: string[] = []
  for (const migration of migrations) {
    if (done.has(migration.version)) continue
    try {
      await client.transaction(async (tx) => {
        await tx.exec(migration.sql)
        await tx.query(
          'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
          [migration.version, migration.name, [migration.sql]],
        )
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(`Migration ${migration.version}_${migration.name} failed: ${reason}`, {
        cause: error,
      })
    }
    applied.push(migration.version)
  }
  return applied
}
