import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pgliteSqlClient } from '../../src/db/pglite/pglite-sql-client'
import { summariseBackup } from '../../src/db/pglite/summarise-backup'
import { readMigrations } from '../../scripts/lib/read-migrations'
import { addSquareWards, as, CREATE_ASSET, createAssetParams } from './support/asset-fixtures'
import { commitAs } from './support/commit-as'
import { createUser, openPgliteTestDatabase, type TestDatabase } from './support/test-database'

// Local mode's backup is PGlite's data directory (dumpDataDir); restoring opens it (loadDataDir).
// These check what the app says of a file before it replaces anything, on PGlite itself.
const knownVersions = readMigrations().map((migration) => migration.version)

async function reopen(backup: Blob): Promise<PGlite> {
  return PGlite.create({ extensions: { postgis }, loadDataDir: backup })
}

describe('a backup of the local database', () => {
  let db: TestDatabase
  let backup: Blob

  beforeAll(async () => {
    db = await openPgliteTestDatabase()
    await addSquareWards(db)
    const builder = await createUser(db, ['builder'])
    await commitAs(db, as(builder), CREATE_ASSET, createAssetParams({ name: 'Kept in the backup' }))
    backup = await db.pglite!.dumpDataDir('gzip')
  })
  afterAll(() => db.close())

  it('is read back whole: it says what it holds, and holds the asset saved before it was made', async () => {
    const restored = await reopen(backup)
    try {
      const summary = await summariseBackup(pgliteSqlClient(restored), knownVersions)
      expect(summary).toEqual({
        assets: 1,
        workshops: 0,
        residentOffers: 0,
        schemaVersion: knownVersions.at(-1),
      })
      const { rows } = await restored.query<{ name: string }>('select name from public.assets')
      expect(rows.map((row) => row.name)).toEqual(['Kept in the backup'])
    } finally {
      await restored.close()
    }
  })

  it('is refused when a newer release made it, naming the reason', async () => {
    const restored = await reopen(backup)
    try {
      await restored.query(
        `insert into supabase_migrations.schema_migrations (version, name, statements)
         values ('29991231235959', 'from_the_future', '{}')`,
      )
      await expect(summariseBackup(pgliteSqlClient(restored), knownVersions)).rejects.toThrow(
        /newer version of the app/,
      )
    } finally {
      await restored.close()
    }
  })

  it("is refused when the database is not this app's", async () => {
    const other = await PGlite.create()
    try {
      await other.exec('create table notes (body text)')
      await expect(summariseBackup(pgliteSqlClient(other), knownVersions)).rejects.toThrow(
        'This file is not a backup of Community Asset Map.',
      )
    } finally {
      await other.close()
    }
  })
})
