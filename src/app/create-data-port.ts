import type { AppConfig } from '../config/env'
import { region } from '../config/region'
import type { DataPort, StartupProgress } from '../db/port'

/**
 * Chooses the data adapter, once: Supabase when the configuration names a project, otherwise the
 * local database. Each adapter is a dynamic import, so connected mode never downloads PGlite.
 */
export async function createDataPort(
  config: AppConfig,
  onProgress: (progress: StartupProgress) => void,
): Promise<DataPort> {
  if (config.supabase) {
    const { createSupabaseDataPort } = await import('../db/supabase/create-supabase-data-port')
    return createSupabaseDataPort(config.supabase.url, config.supabase.anonKey)
  }
  const { createLocalDataPort } = await import('../db/pglite/create-local-data-port')
  return createLocalDataPort(
    `${import.meta.env.BASE_URL}generated/db/snapshot.pgdata`,
    region.programme,
    onProgress,
  )
}

/** Deletes the local database so the next start loads a fresh copy (the failure panel's way out). */
export async function resetLocalDatabase(): Promise<void> {
  const { deleteLocalDatabase } = await import('../db/pglite/open-local-database')
  await deleteLocalDatabase()
}
