import { writeRegion } from '../../src/db/region/write-region'
import type { SqlClient } from '../../src/db/sql-client'
import { loadRegion } from './load-region'

/**
 * Reads, validates and writes a region: nothing reaches the database unless every file is sound,
 * and the write is one transaction.
 */
export async function importRegion(
  client: SqlClient,
  options: { region: string; dataDir: string; verify: boolean },
) {
  const loaded = loadRegion(options.region, options.dataDir, options.verify)
  const written = await writeRegion(client, loaded.dataset)
  return { name: loaded.manifest.name, written }
}
