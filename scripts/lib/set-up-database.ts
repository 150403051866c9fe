import { applyMigrations } from '../../src/db/migrate/apply-migrations'
import type { Migration } from '../../src/db/migrate/migration'
import type { RegionDataset } from '../../src/core/region/region-dataset'
import { writeRegion } from '../../src/db/region/write-region'
import type { SqlClient } from '../../src/db/sql-client'
import { readCompatSql, readMigrations } from './read-migrations'

/**
 * Prepares a database as the app needs it: the Supabase-compatible setup, the migrations not yet
 * applied, and (optionally) a region. Safe to repeat.
 *
 * @returns the migration versions applied by this call and the region's row counts
 */
export async function setUpDatabase(
  client: SqlClient,
  options: { region?: RegionDataset; migrations?: readonly Migration[] } = {},
) {
  await client.exec(readCompatSql())
  const applied = await applyMigrations(client, options.migrations ?? readMigrations())
  const written = options.region ? await writeRegion(client, options.region) : null
  return { applied, written }
}
