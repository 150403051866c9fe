import type { BackupSummary } from '../device-database-port'
import { DataError } from '../data-error'
import type { SqlClient } from '../sql-client'

const NOT_A_BACKUP = 'This file is not a backup of Community Asset Map.'

/**
 * What a database opened from a backup file holds, or why it cannot replace this device's:
 * it must be this app's (its migrations are a run of this release's), and not from a newer
 * release, whose migrations this one cannot know.
 *
 * @param knownVersions - this release's migration versions
 * @throws DataError saying which
 */
export async function summariseBackup(
  client: SqlClient,
  knownVersions: readonly string[],
): Promise<BackupSummary> {
  const [tables] = await client.query<{ ready: boolean }>(
    `select to_regclass('supabase_migrations.schema_migrations') is not null
        and to_regclass('public.assets') is not null as ready`,
  )
  if (!tables?.ready) throw new DataError(NOT_A_BACKUP)
  const versions = (
    await client.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by version',
    )
  ).map((row) => row.version)
  const known = new Set(knownVersions)
  const unknown = versions.filter((version) => !known.has(version))
  if (unknown.length > 0) {
    throw new DataError(
      `This backup was made by a newer version of the app (it has ${unknown.length} change${unknown.length === 1 ? '' : 's'} to the database this version does not know). Update the app, then restore it.`,
    )
  }
  const [counts] = await client.query<{ assets: number; workshops: number; residents: number }>(
    `select (select count(*) from public.assets)::int as assets,
            (select count(*) from public.workshops)::int as workshops,
            (select count(*) from public.residents)::int as residents`,
  )
  return {
    assets: counts?.assets ?? 0,
    workshops: counts?.workshops ?? 0,
    residentOffers: counts?.residents ?? 0,
    schemaVersion: versions.at(-1) ?? '',
  }
}
