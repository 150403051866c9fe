import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseMigrationFiles, type Migration } from '../../src/db/migrate/migration'
import { repoRoot } from './paths'

const migrationsDir = join(repoRoot, 'supabase', 'migrations')

/** The project's migrations from supabase/migrations, in version order. */
export function readMigrations(): Migration[] {
  const files = readdirSync(migrationsDir).filter((name) => name.endsWith('.sql'))
  return parseMigrationFiles(
    Object.fromEntries(
      files.map((name) => [name, readFileSync(join(migrationsDir, name), 'utf8')]),
    ),
  )
}

/** The Supabase-compatible setup for plain Postgres and PGlite (never shipped to Supabase). */
export function readCompatSql(): string {
  return readFileSync(join(repoRoot, 'src', 'db', 'compat', 'supabase-compat.sql'), 'utf8')
}
